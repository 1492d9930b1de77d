import { findCredit, parseLabel } from '../annotate/transcript-lines.ts';
import { wordCount } from './blocks.ts';

/** A kind of page furniture that is dropped wherever it appears, with the reason the report gives. */
interface ChromeRule {
  reason: string;
  test: (text: string) => boolean;
}

// Someone's words being reported ("…," she said) are story, whatever they are about.
const REPORTED_SPEECH = /["“”«»]|\b(?:said|says|told|tells|according to|asked|added)\b/i;
const ADDRESSES_READER = /\b(?:you|your|yours)\b/i;
const APPEAL_VERB = /^(?:support|donate|subscribe|give|join|sign up|become a (?:member|subscriber)|help us|chip in|make a (?:gift|donation))\b/i;
// Words of an appeal, not of news: "members" or "contribute" alone are too common in stories.
const APPEAL_WORDS =
  /\b(?:donat(?:e|es|ed|ing|ions?)|subscri(?:be|bers?|bing|ptions?)|membership|become a member|members like you|newsletters?|sign(?:ing)? up|support(?:ing)? (?:our|independent|local|public|quality|this|us)|funded (?:in (?:large |)part )?by|make a contribution|give today)\b/i;

const CHROME_RULES: ChromeRule[] = [
  {
    reason: 'donation, subscription or newsletter appeal',
    test: (text) => APPEAL_WORDS.test(text) && (ADDRESSES_READER.test(text) || APPEAL_VERB.test(text)) && !REPORTED_SPEECH.test(text) && wordCount(text) <= 80,
  },
  {
    reason: 'cookie or browser notice',
    test: (text) =>
      ((/\bcookies?\b/i.test(text) && /\b(?:we use|this (?:site|website)|our (?:site|website)|accept|consent|privacy|settings|preferences)\b/i.test(text)) ||
        /\b(?:enable javascript|ad ?blocker|browser is (?:not supported|out of date))\b/i.test(text)) &&
      !REPORTED_SPEECH.test(text),
  },
  {
    reason: 'advertisement marker',
    test: (text) =>
      text
        .replace(/[\s.:…-]+$/u, '')
        .split(/\s*[·•|]\s*/)
        .every((part) => /^(?:advertisement|advert|ad|sponsored(?: content)?|promoted|paid content|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?)$/i.test(part)),
  },
  {
    reason: 'related-links or media line',
    test: (text) =>
      wordCount(text) <= 20 &&
      /^(?:read more|read next|related(?: stories| articles| topics| coverage| content)?|see also|more on this(?: story)?|also read|recommended|more from [^:]{1,40}|most (?:read|popular|viewed)|trending|top stories|more stories|you may also like|editor['’]?s picks?|watch|listen|watch live|listen live)(?:\s*[:|·•–—-].*)?$/iu.test(text),
  },
  {
    reason: 'photo credit or caption',
    test: (text) => wordCount(text) <= 40 && /^(?:image|photo|photograph|picture|video|graphic|illustration)s?(?: source| caption| credit| by)?\s*[:,]/i.test(text),
  },
  {
    reason: 'sharing buttons',
    test: (text) =>
      /^(?:share|share this(?: article| story| page)?|tweet|email|print|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|flipboard)(?:\s*[|·•,/]?\s*(?:share|tweet|email|print|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|flipboard))*$/i.test(
        text,
      ),
  },
];

/** Why a block is page furniture to drop wherever it stands (appeal, notice, ad marker…), or null when it may be story. */
export function chromeReason(text: string): string | null {
  if (parseLabel(text)) return null;
  return CHROME_RULES.find((rule) => rule.test(text))?.reason ?? null;
}

/** `© 2024 Connecticut Public`, `Copyright 2024 Reuters. All rights reserved.`: the site's copyright notice. */
export const isCopyright = (text: string) => wordCount(text) <= 25 && (/^(?:©|\(c\)|copyright\b)/i.test(text) || /\ball rights reserved\b/i.test(text));

/** A republisher's note introducing the story it reproduces ("The full text … is available below", "originally published in …"). */
export const isRepublisherIntro = (text: string) =>
  /\b(?:full|complete|original|entire)\s+(?:text|article|story|version|piece|report|interview|transcript)\b[^.]*\b(?:is|are|can be)?\s*(?:available|below|follows|reproduced|republished|reprinted)\b/i.test(text) ||
  /\b(?:originally|first)\s+(?:published|appeared|ran|aired)\b/i.test(text) ||
  /\b(?:republished|reprinted|reproduced|syndicated)\b[^.]{0,60}\b(?:from|with|under|courtesy)\b/i.test(text);

/** A republisher's disclaimer ("The views expressed in this article are … not necessarily those of …"). */
export const isDisclaimer = (text: string) =>
  /\b(?:views|opinions)\s+expressed\b/i.test(text) || /\b(?:does|do) not necessarily (?:reflect|represent)\b/i.test(text) || /\bnot necessarily (?:those|the views)\b/i.test(text);

/** A credit line: who transcribed, reported, wrote or edited the story ("Transcript provided by NPR", "Reporting by …; Editing by …"). */
export const isCredit = (text: string) =>
  /\b(?:rush transcript|may not be in its final form)\b/i.test(text) ||
  /^(?:transcript (?:provided|produced|prepared) by|transcription by|(?:additional )?reporting by|writing by|written by|editing by|edited by|compiled by|produced by|research by)\b/i.test(text) ||
  (findCredit(text) === 0 && !isCopyright(text));

/** Text a republisher or the publisher adds about the story rather than as part of it: kept, marked as framing. */
export const isFramingNote = (text: string) => isRepublisherIntro(text) || isDisclaimer(text) || isCredit(text);
