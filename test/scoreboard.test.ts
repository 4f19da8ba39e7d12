/**
 * Regression floors on the shared gold sets, run through the CLI contract by ../shared/tools/eventscore.
 * The floors sit just under the level measured when they were last raised, so progress cannot silently
 * slip; raise them when the coder improves. Skipped (visibly) when ../shared is absent.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { HAS_SHARED, ROOT, SHARED, SKIP_SHARED } from './helpers.js';

/** [set (and its file, for `gold`), floor flags] */
const FLOORS: [string[], string[]][] = [
  [['petr-unit'], ['--min-exact', '0.61', '--min-f1', '0.71']],
  // (0.701 at its best; 0.688 since violent acts with no named doer are kept with no source and two gold records give
  // the place, or a country the text does not name, as the source; 0.692 since discard phrases match as PETRARCH's do)
  [['gsr'], ['--min-f1', '0.69']],
  [['plover-gsr'], ['--min-f1', '0.59']],
  [['seed'], ['--min-f1', '0.80']],
  // our own news-style sentences (test/fixtures/gold/handwritten.jsonl, written for sitrep), built-in dictionaries:
  // a check that rules generalise beyond the shared sets; forbidden hits (questions, negations, conditionals) fail it
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'handwritten.jsonl')], ['--min-f1', '0.94']],
  // ... and a second set written without looking at the coder's output first (its first score was 0.673)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'heldout.jsonl')], ['--min-f1', '0.94']],
  // ... and two more, written blind by helper sessions (first scores 0.763 and 0.742)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-general.jsonl')], ['--min-f1', '0.89']],
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-general2.jsonl')], ['--min-f1', '0.94']],
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead.jsonl')], ['--min-f1', '0.86']],
  // ... and wire-style sentences written blind (first score 0.609)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-wire.jsonl')], ['--min-f1', '0.93']],
  // ... and regional wire sentences written blind (Africa, Latin America, South/Southeast Asia, Caucasus, Balkans;
  // first score 0.640)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-regional.jsonl')], ['--min-f1', '0.89']],
  // ... and the lead's second blind set (first score 0.628; 0.614 after two dictionary choices it does not list, see its
  // README; never developed on, 0.652 for three sessions, 0.711 after the tenth's arms-control and real-text rounds)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead2.jsonl')], ['--min-f1', '0.74']],
  // ... and its third (first score 0.597)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead3.jsonl')], ['--min-f1', '0.89']],
  // a seventh set written blind in long-form newspaper register (first score 0.489; development since)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-longform.jsonl')], ['--min-f1', '0.81']],
  // ... and a second long-form set of 39-54-word newspaper sentences written blind by a helper (first score 0.616; 0.738
  // after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-longform2.jsonl')], ['--min-f1', '0.82']],
  // ... and statements, UN actions, sanctions, trade measures and court rulings written blind by a helper (first score 0.474;
  // 0.675 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-statements.jsonl')], ['--min-f1', '0.88']],
  // ... and wire reports on armed conflict and security written blind by a helper (first score 0.762; 0.977 after its
  // development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-conflict.jsonl')], ['--min-f1', '0.96']],
  // ... and a fourth by the lead in mixed international registers (first score 0.756; 0.864 after its development and
  // the other sets' merged)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead4.jsonl')], ['--min-f1', '0.94']],
  // ... and political and diplomatic news from Africa, Latin America, Asia and Europe written blind by a helper (first
  // score 0.727; 0.958 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-politics.jsonl')], ['--min-f1', '0.98']],
  // ... and domestic unrest, rights and courts, elections and humanitarian news written blind by a helper (first score
  // 0.725; 0.961 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-unrest.jsonl')], ['--min-f1', '0.95']],
  // ... and international security and economic statecraft (arms sales, intercepts, sanctions, tariffs, summits,
  // treaties) written blind by a helper (first score 0.545; 0.914 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-statecraft.jsonl')], ['--min-f1', '0.89']],
  // ... and reported speech and quotation written blind by a helper (first score 0.675; 0.878 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-speech.jsonl')], ['--min-f1', '0.89']],
  // ... and news of late 2025 and 2026 naming the office-holders and bodies of that time, written blind by a helper to
  // check that the dictionaries are current (first score 0.753; its misses were construction, not dictionary, causes)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-current.jsonl')], ['--min-f1', '0.88']],
  // ... and peace processes and international justice (mediation, exchanges, ceasefires, ICC/ICJ, Security Council
  // votes, peacekeeping mandates) written blind by a helper (first score 0.796; 0.904 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-justice.jsonl')], ['--min-f1', '0.90']],
  // ... and Africa, the Middle East and Central Asia in institutional registers (central banks, parliaments, monitors,
  // armed groups' spokespeople, aid access, observers, border incidents, swaps), written blind by a helper (first
  // score 0.848)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-afrme.jsonl')], ['--min-f1', '0.92']],
  // ... and Latin America, the Caribbean, Europe and the Caucasus (elections, maritime and energy incidents,
  // migration and deportations, cartels), written blind by a helper (first score 0.694; 0.784 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-americas-europe.jsonl')], ['--min-f1', '0.81']],
  // ... and economic and material cooperation and its withdrawal (aid, loans, debt relief, energy supply, trade and
  // investment deals, export bans, asset freezes), written blind by a helper (first score 0.552; 0.872 after its
  // development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-economy.jsonl')], ['--min-f1', '0.86']],
  // ... and the lead's fifth blind set: first score 0.800 on the seventh session's starting rules, 0.818 on that
  // session's merged coder, 0.844 in the eighth (whose gaps branches took general causes from its misses)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead5.jsonl')], ['--min-f1', '0.85']],
  // ... and cyber attacks, espionage, hybrid threats, sabotage and borders, written blind by a helper (first score
  // 0.699; 0.871 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-cyber.jsonl')], ['--min-f1', '0.89']],
  // ... and whole multi-sentence wire stories written blind by a helper, whose events need document reading
  // (coreference, quotes, dates, places, merging): first score 0.566, 0.639 after its development
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-articles.jsonl')], ['--min-f1', '0.81']],
  // (a second such set: first score 0.767, 0.844 after merging retold deeds, 0.879 once Odesa was found)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-articles2.jsonl')], ['--min-f1', '0.87']],
  // (a third, on event places: first score 0.675, 0.756 after proper city names, place anaphora and merging fixes)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-articles3.jsonl')], ['--min-f1', '0.81']],
  // (a fourth, longer stories with background, written blind by a helper: first score 0.531, 0.632 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-articles4.jsonl')], ['--min-f1', '0.76']],
  // (a fifth, whole stories written blind by a helper: first score 0.609, 0.840 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-articles5.jsonl')], ['--min-f1', '0.82']],
  // ... and military posture and operations short of war in news-brief style (alerts, deployments, drills, patrols,
  // tests, intercepts, arms deliveries), written blind by a helper (first score 0.691; 0.786 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-military.jsonl')], ['--min-f1', '0.80']],
  // ... and humanitarian affairs (aid access, convoys, refugees, deportations, asylum, UN agencies and NGOs, aid
  // workers, disaster relief, appeals and pledges), written blind by a helper (first score 0.582; 0.723 after its
  // development, 0.762 after the next session's 'let aid in' and 'no longer')
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-humanitarian.jsonl')], ['--min-f1', '0.81']],
  // ... and the lead's sixth blind set: 0.854 on the eighth session's starting rules and again on its merged coder
  // before the branch that took general causes from its misses; 0.975 after it (developed on since)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead6.jsonl')], ['--min-f1', '0.96']],
  // ... and domestic governance and power struggles (coups, impeachments, bans, shutdowns, curfews, arrests and releases,
  // regional suspensions), written blind by a helper (first score 0.714; 0.843 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-governance.jsonl')], ['--min-f1', '0.87']],
  // ... and arms control and strategic security (inspections, tests, export controls, designations, mandates), written
  // blind by a helper (first score 0.617; 0.978 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-security2.jsonl')], ['--min-f1', '0.96']],
  // ... and nuclear diplomacy, launches, terrorism, hostage swaps, U.N. votes and vetoes, peacekeeping mandates, arms
  // transfers, sanctions, extraditions and spies, written blind by a helper (first score 0.667; 0.771 after its
  // development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-security3.jsonl')], ['--min-f1', '0.79']],
  // ... and maritime incidents, energy cut-offs and price caps, nuclear talks, arms deals, space and cyber, border
  // measures, written blind by a helper (first score 0.791; 0.923 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-maritime-energy.jsonl')], ['--min-f1', '0.94']],
  // ... and the lead's seventh: 0.815 on the ninth session's starting rules and again on its merged coder with five
  // branches that never saw it; 0.881 after the branch that took general causes from its misses (developed on since)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead7.jsonl')], ['--min-f1', '0.88']],
  // ... and the lead's eighth: 0.659 on the tenth session's starting rules (0.707 once two authoring errors were fixed
  // against the codebook), 0.707 again on its merged coder with five branches that never saw it; 0.871 after the two
  // branches that took general causes from its misses, 0.909 after a third (developed on since)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead8.jsonl')], ['--min-f1', '0.89']],
  // ... and the lead's ninth (wire leads): 0.780 on the eleventh session's starting rules (0.821 once three optional
  // events the codebook supports were added), 0.929 after the branches that took general causes from its misses
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead9.jsonl')], ['--min-f1', '0.91']],
  // ... and the lead's held-out set of the eleventh session (0.829 and one forbidden hit at its start and end; its misses
  // went to helpers as construction families in the twelfth: 0.928, none forbidden)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-lead10.jsonl')], ['--min-f1', '0.91']],
  // ... and wire second and third paragraphs (long sentences, attributions in the middle and at the end), written blind
  // by a helper (first score 0.644; 0.817 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-wire2.jsonl')], ['--min-f1', '0.83']],
  // ... and the regions the other sets cover least (Sahel, Horn, Great Lakes, Latin America, South and Southeast Asia,
  // Caucasus, Pacific), written blind by a helper (first score 0.816; 0.933 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-regions.jsonl')], ['--min-f1', '0.91']],
  // ... and South, Southeast and East Asia, the Pacific and Latin America, written blind by a helper (first score 0.787;
  // 0.887 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-asia.jsonl')], ['--min-f1', '0.90']],
  // ... and a third wire set (Reuters/AP/AFP leads of 2025-2026), written blind by a helper (first score 0.693; 0.825
  // after its development, 0.840 after the sixteenth session's event families)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-wire3.jsonl')], ['--min-f1', '0.82']],
  // ... and a fourth wire set (leads of 2025-2026 weighted to Africa, Latin America, Asia, the Pacific, the Caucasus and
  // the Balkans), written blind by a helper (first score 0.694; 0.824 after its development)
  [['gold', join(ROOT, 'test', 'fixtures', 'gold', 'blind-wire4.jsonl')], ['--min-f1', '0.84']],
];

for (const [args, floor] of FLOORS) {
  const set = args.map((a) => a.split('/').pop()).join(' ');
  void test(`eventscore ${set} stays at or above ${floor.join(' ')}`, { skip: SKIP_SHARED }, () => {
    if (!HAS_SHARED) return;
    const r = spawnSync('python3', [join(SHARED, 'tools', 'eventscore'), ...args, '--show', '0', '--cmd', `${process.execPath} ${join(ROOT, 'bin', 'sitrep.js')}`, ...floor], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const summary = r.stdout.trim().split('\n').pop() ?? '';
    assert.equal(r.status, 0, `${set} fell below its floor: ${summary}\n${r.stderr.slice(-500)}`);
    // sets with forbidden events (seed, gold files): a future, negated, conditional or questioned event coded as
    // asserted is a defect at any F1
    assert.doesNotMatch(summary, /forbidden_hits=[1-9]/, `${set}: forbidden events coded as asserted: ${summary}`);
  });
}
