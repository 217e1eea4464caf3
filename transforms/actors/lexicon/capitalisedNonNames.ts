// Capitalised words that are not names, or not names of actors: the first word of a sentence,
// days and months, headline words, honorifics. Spans made only of them are never discovered.
export const NON_NAME_WORDS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'To', 'For', 'From', 'By', 'With', 'Of', 'And', 'But', 'Or', 'As', 'If', 'So', 'Yet', 'While',
  'When', 'After', 'Before', 'Since', 'Until', 'Despite', 'Although', 'Though', 'Because', 'During', 'Ahead', 'Amid', 'Among',
  'According', 'Meanwhile', 'However', 'Speaking', 'Asked', 'Earlier', 'Later', 'Last', 'Next', 'This', 'That', 'These', 'Those',
  'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'Both', 'Some', 'Many', 'Most',
  'All', 'Any', 'Each', 'Every', 'Other', 'Such', 'What', 'Which', 'Who', 'Whom', 'Why', 'How', 'Where', 'There', 'Here', 'Now',
  'Then', 'Also', 'Still', 'Even', 'Only', 'Just', 'Not', 'No', 'Yes', 'Currently', 'Recently', 'Instead', 'Indeed', 'Moreover',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Photo', 'File', 'Picture', 'Image', 'Video', 'Read', 'More', 'Share', 'Advertisement',
  'Related', 'Updated', 'Editor', 'Reporting', 'Writing', 'Editing', 'Additional', 'Copyright', 'Source', 'Sources', 'Click',
  'Christmas', 'Ramadan', 'Eid', 'New', 'Year', 'Day', 'Week', 'Cold', 'War', 'World', 'Civil', 'Middle', 'East', 'West', 'North',
  'South', 'Western', 'Eastern', 'Northern', 'Southern', 'God', 'Allah', 'Internet', 'Twitter', 'Facebook',
]);

/** Honorifics and military ranks written before a name, dropped from a discovered name. */
export const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Dame', 'Gen.', 'Gen', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Adm.', 'Brig.']);
