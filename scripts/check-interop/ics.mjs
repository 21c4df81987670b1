// Parses each Newsline .ics export with ical.js and checks it against
// expect.json: every expected event is there, with its UID, SUMMARY equal
// to the title (escaping and folding undone), DTSTART and DTEND as
// expected (all-day dates, exclusive ends, floating times), a DTSTAMP;
// and the calendar has VERSION 2.0 and a PRODID.
//
//   node ics.mjs DIR NAME...
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(path.join(process.env.NPM_DIR, 'package.json'));
const ICAL = require('ical.js');

const [dir, ...names] = process.argv.slice(2);
const expect = JSON.parse(fs.readFileSync(path.join(dir, 'expect.json'), 'utf8'));
let failed = 0;
for (const name of names) {
  const problems = [];
  const text = fs.readFileSync(path.join(dir, name + '.ics'), 'utf8');
  let cal;
  try {
    cal = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    console.log(`FAIL ${name}.ics: ical.js cannot parse it: ${e}`);
    failed++;
    continue;
  }
  if (cal.getFirstPropertyValue('version') !== '2.0') problems.push('VERSION is not 2.0');
  if (!cal.getFirstPropertyValue('prodid')) problems.push('no PRODID');
  const vevents = cal.getAllSubcomponents('vevent');
  const want = expect[name].ics;
  if (vevents.length !== want.length) problems.push(`${vevents.length} VEVENTs, want ${want.length}`);
  const byUID = new Map(vevents.map(v => [v.getFirstPropertyValue('uid'), v]));
  for (const w of want) {
    const v = byUID.get(w.uid);
    if (!v) { problems.push('no VEVENT with UID ' + w.uid); continue; }
    const ev = new ICAL.Event(v);
    if (ev.summary !== w.title) problems.push(`${w.uid}: SUMMARY ${JSON.stringify(ev.summary)}, want ${JSON.stringify(w.title)}`);
    if (!v.getFirstPropertyValue('dtstamp')) problems.push(`${w.uid}: no DTSTAMP`);
    // ical.js writes years below 1000 without leading zeros.
    const iso = t => t.toString().replace(/^(\d{1,3})-/, y => y.padStart(5, '0'));
    const start = iso(ev.startDate);
    if (start !== w.start) problems.push(`${w.uid}: DTSTART ${start}, want ${w.start}`);
    const hasEnd = v.hasProperty('dtend') || v.hasProperty('duration');
    const end = hasEnd ? iso(ev.endDate) : '';
    if (end !== (w.end || '')) problems.push(`${w.uid}: DTEND ${end}, want ${w.end || 'none'}`);
    if (ev.startDate.isDate !== (w.start.length === 10)) problems.push(`${w.uid}: DTSTART is ${ev.startDate.isDate ? '' : 'not '}a date`);
    if (!ev.startDate.isDate && ev.startDate.zone && ev.startDate.zone.tzid !== 'floating') problems.push(`${w.uid}: time is not floating`);
  }
  const lines = text.split('\r\n');
  if (lines.pop() !== '') problems.push('does not end with CRLF');
  if (lines.some(l => l.includes('\n') || l.includes('\r'))) problems.push('a line end that is not CRLF');
  const long = lines.filter(l => Buffer.byteLength(l) > 75);
  if (long.length) problems.push(`${long.length} lines longer than 75 octets`);
  console.log(`${problems.length ? 'FAIL' : 'PASS'} ${name}.ics: ${vevents.length} events` + (problems.length ? '\n  ' + problems.join('\n  ') : ''));
  if (problems.length) failed++;
}
process.exit(failed ? 1 : 0);
