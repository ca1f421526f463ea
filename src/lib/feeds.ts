/**
 * The items of the RSS feeds, built from collection data; `@astrojs/rss` writes the XML. Descriptions are HTML made
 * from mdast through an allow-list (feed-html.ts); every text is fit for XML whatever the sources hold (xml-text.ts).
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import type { Root } from 'mdast';
import type { DecisionEntry } from '../schemas/decision-entry.ts';
import type { MeetingEntry } from '../schemas/meeting-entry.ts';
import type { Mention } from '../schemas/mention-entry.ts';
import { formatDateRange } from '../shared/dates.ts';
import { decisionText } from './decision-text.ts';
import { paragraphMdast } from './entry-mdast.ts';
import { feedHtml } from './feed-html.ts';
import { fileResponse } from './file-response.ts';
import { xmlText } from './xml-text.ts';

/** How many entries a feed carries: the newest ones, enough for a reader that polls now and then. */
export const FEED_LENGTH = 100;

/** Noon UTC of an ISO date: a publication date that reads as the same day in every time zone of Europe. */
function pubDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** One entry per meeting, newest first. */
export function meetingFeedItems(meetings: readonly MeetingEntry[], site: URL): RSSFeedItem[] {
  return [...meetings]
    .sort((a, b) => b.id.localeCompare(a.id))
    .slice(0, FEED_LENGTH)
    .map((meeting) => ({
      title: `${meeting.title}, ${formatDateRange(meeting.dates)}${meeting.cancelled === true ? ' (cancelled)' : ''}`,
      link: `/meetings/${meeting.id}/`,
      pubDate: pubDate(meeting.dates[0] ?? meeting.id.slice(0, 10)),
      description: feedHtml(
        paragraphMdast(
          [
            meeting.presidency === null ? null : `${meeting.presidency} Presidency.`,
            meeting.cancelled === true
              ? `Cancelled: ${meeting.agenda?.planned.length ?? 0} items had been planned.`
              : meeting.outcome === null
                ? `Agenda only: ${meeting.agenda?.planned.length ?? 0} items planned.`
                : `${meeting.items.length} agenda items, ${meeting.decisionCount} decisions.`,
            `${meeting.outcome === null ? 'Notice of meeting' : 'Outcome of proceedings'} ${meeting.document}.`,
          ]
            .filter((part) => part !== null)
            .join(' '),
        ),
        site,
      ),
    }));
}

/** What makes a decision's feed guid: `cosi-decision:` and the decision's id (`2025-11-18--item-6--2`). */
const DECISION_GUID_PREFIX = 'cosi-decision:';

/**
 * A `<guid>` for an entry whose link it shares with others (the decisions of one item link to the same
 * anchor): not a permalink, so a feed reader keeps each entry by its own id. `@astrojs/rss` lets custom
 * data replace the guid it makes from the link.
 */
function guidElement(id: string): string {
  return `<guid isPermaLink="false">${escapeXml(xmlText(id))}</guid>`;
}

/** Text escaped for an XML element. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One entry per decision, newest first, linking to the agenda item that records it; its title says who decided what,
 * its description under which item; its guid is the decision's own id, unique and stable.
 */
export function decisionFeedItems(decisions: readonly DecisionEntry[], site: URL): RSSFeedItem[] {
  return [...decisions]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, FEED_LENGTH)
    .map((decision) => ({
      title: xmlText(decisionText(decision)),
      link: `/meetings/${decision.meeting}/#${decision.anchor}`,
      pubDate: pubDate(decision.date),
      description: feedHtml(
        paragraphMdast(
          `Under ${decision.itemNumber === null ? '' : `item ${decision.itemNumber}, `}${decision.itemTitle}, of the COSI meeting of ${decision.date}.`,
        ),
        site,
      ),
      categories: [decision.verb],
      customData: guidElement(`${DECISION_GUID_PREFIX}${decision.id}`),
    }));
}

/** Where a unit stands, for a mention whose text cannot be found: "section 3 of 6543/25", "COSI meeting of 2025-11-18, item 6". */
function unitPlace(mention: Mention): string {
  return mention.meeting === null ? `${mention.label} of ${mention.document}` : `COSI meeting of ${mention.meeting.slice(0, 10)}, ${mention.label}`;
}

/**
 * One entry per item or section that mentions an actor or topic; `mentions` already newest first, each with the mdast
 * of its unit (null when it cannot be read). The description is the unit's text, or says where the unit stands.
 */
export function mentionFeedItems(mentions: readonly { mention: Mention; unit: Root | null }[], site: URL): RSSFeedItem[] {
  return mentions.slice(0, FEED_LENGTH).map(({ mention, unit }) => ({
    title: xmlText(`${mention.document}, ${mention.label}: ${mention.title}`),
    link: mention.href,
    pubDate: pubDate(mention.date),
    description: feedHtml(unit ?? paragraphMdast(unitPlace(mention)), site),
  }));
}

/** The origin a build's feeds link to: the configured site, else a placeholder a reader can still resolve against. */
export function feedSite(site: URL | undefined): URL {
  return site ?? new URL('http://localhost/');
}

/** The XSL stylesheet (public/feeds/feed.xsl) that makes a browser show a feed as a page saying how to subscribe. */
export const FEED_STYLESHEET = '/feeds/feed.xsl';

/** The RSS response of a feed; item links keep their own trailing slash and fragment (`/meetings/2025-11-18/#item-6`). */
export async function feedResponse(site: URL | undefined, title: string, description: string, items: RSSFeedItem[]): Promise<Response> {
  const xml = await getRssString({
    title: xmlText(`COSI archive: ${title}`),
    description: xmlText(description),
    site: site ?? '',
    items,
    trailingSlash: false,
    stylesheet: FEED_STYLESHEET,
  });
  return fileResponse(xml, 'application/xml');
}
