// Page furniture: whole lines a web page puts around an article that are not part of it, and
// that copying a page into a text file brings along. Each pattern is a whole line (case aside).

const SOCIAL =
  '(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|email|e-mail|print|messenger|copy link|flipboard|tumblr)';

const FURNITURE: RegExp[] = [
  // advertising
  /^(advertisement|advertisements|advert|ad|sponsored( content)?|promoted( content)?|paid content|story continues below( advertisement)?|continue reading( below)?|article continues (below|after advertisement))$/i,
  // share bars and social buttons: "Share", "Share this article", "Facebook Twitter Email"
  /^(share|shares|share this( article| story| page)?|share (on|via) .{1,20}|tweet|comments?|\d+ comments?|save|bookmark|saved|copy|link copied|show comments|view comments|leave a comment)$/i,
  new RegExp(`^(${SOCIAL}[\\s|,•·/]*){1,10}$`, 'i'),
  // link labels
  /^(short link|short url|permalink|shortlink)\s*:?.*$/i,
  /^(read more|read also|also read|see also|more on this( story)?|related( articles?| stories| news| content| coverage)?|recommended( for you)?|most (read|popular|viewed)|trending( now)?|you (may|might) also like|more from .{1,30}|up next|next article|previous article|what to read next)$/i,
  /^(read more|read also|also read|see also|related|more on this( story)?|recommended|watch|listen|video|image|photo|more)\s*[:|>»]\s*.{0,200}$/i,
  /^(click here|tap here)\b.{0,160}$/i,
  /^(find out more|learn more|watch|watch video|watch live|play video|listen|listen to (this|the) (article|story)|audio|image|images|photo|photos|video|gallery|view gallery|enlarge( image| photo)?|expand|close|skip to (main )?content|back to top|loading\.*|toggle caption|hide caption|show caption)$/i,
  // text size controls: "Text size A A A", "Font size: A- A+"
  /^(text|font) size\s*:?(\s*a[-+]?){0,4}$/i,
  // reading time: "4 min read", "Reading time: 3 minutes"
  /^(\d+\s*(min|mins|minute|minutes)\s*(read|reading)|reading time\s*:?\s*\d+\s*(min|mins|minutes?))\.?$/i,
  // calls to follow or subscribe
  /^(follow|like) us on .{1,60}$/i,
  /^(follow|join) (us|our .{1,30}) (on|at) .{1,40}$/i,
  /^(sign up|subscribe)\b.{0,120}$/i,
  /^(get|receive) (our|the) .{0,40}newsletter.{0,80}$/i,
  // tag and topic lists, copyright lines
  /^(tags|topics|keywords|filed under|categories)\s*:.*$/i,
  /^(©|\(c\)\s|copyright\b|all rights reserved).*$/i,
  // cookie and script notices
  /^(please )?(enable|turn on) javascript.*$/i,
  /^we use cookies.*$/i,
];

export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  return text !== '' && text.length <= 240 && FURNITURE.some((re) => re.test(text));
}
