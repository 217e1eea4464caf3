// Capitalised nouns that end the name of an organisation, and the actor type they suggest:
// "the Russian Defence Ministry", "the High Negotiations Committee", "the Syrian Democratic
// Forces", "the Interfax news agency".
import type { ActorType } from '../../schema/index.ts';

export const ORG_HEADS: Record<string, ActorType> = {
  Ministry: 'organization', Committee: 'organization', Council: 'organization', Commission: 'organization', Department: 'organization',
  Agency: 'organization', Office: 'organization', Organisation: 'organization', Organization: 'organization', Observatory: 'organization',
  Union: 'organization', Institute: 'organization', Foundation: 'organization', Authority: 'organization', Assembly: 'organization',
  Parliament: 'organization', League: 'organization', Court: 'organization', Bureau: 'organization', Watch: 'organization', Crescent: 'organization',
  Cross: 'organization', Helmets: 'organization', Doctors: 'organization', Programme: 'organization', Program: 'organization',
  Fund: 'organization', Bank: 'organization', Service: 'organization', Services: 'organization', Coalition: 'organization',
  Forces: 'armed_group', Army: 'armed_group', Front: 'armed_group', Brigade: 'armed_group', Brigades: 'armed_group',
  Units: 'armed_group', Guard: 'armed_group', Guards: 'armed_group', Corps: 'armed_group', Militia: 'armed_group',
  Movement: 'armed_group', Party: 'organization', Battalion: 'armed_group', Battalions: 'armed_group', Legion: 'armed_group',
  News: 'media', Times: 'media', Post: 'media', Journal: 'media', Television: 'media', TV: 'media', Radio: 'media', Gazette: 'media',
  Herald: 'media', Telegraph: 'media', Guardian: 'media', Tribune: 'media', Daily: 'media', Novosti: 'media', Press: 'media',
};

/** Lower-case words that may join the capitalised words of a name ("Syrian Observatory for Human Rights"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'al', 'al-', 'de', 'del', 'des', 'du', 'la', 'le', 'bin', 'ibn', 'von', 'van', 'el', 'abu', 'ul']);
