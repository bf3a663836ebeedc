// Wraps parts of a text in <mark>: the verbatim quotes of an evaluation, or the terms a search
// matched. Builds nodes (never HTML), so profile text is always shown as text.
import { h } from './ui.js';

// Where each needle occurs in text (case-insensitive), as [start, end, needleIndex] ranges, merged
// where they overlap; a needle that is not found gets no range.
export function rangesOf(text, needles, { wholeWords = false } = {}) {
  const lower = text.toLowerCase();
  const found = [];
  needles.forEach((needle, index) => {
    const wanted = needle.trim().toLowerCase();
    if (!wanted) return;
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
      if (!wholeWords || (boundary(lower, at - 1) && boundary(lower, at + wanted.length))) found.push([at, at + wanted.length, [index]]);
    }
  });
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) {
      last[1] = Math.max(last[1], range[1]);
      last[2] = [...new Set([...last[2], ...range[2]])];
    } else {
      merged.push([...range]);
    }
  }
  return merged;
}

function boundary(text, at) {
  return at < 0 || at >= text.length || !/[\p{L}\p{N}]/u.test(text[at]);
}

// The text as nodes with each range in a <mark>; markFor(needleIndexes) gives the mark's props.
export function highlighted(text, ranges, markFor = () => ({})) {
  const nodes = [];
  let at = 0;
  for (const [start, end, indexes] of ranges) {
    if (start > at) nodes.push(text.slice(at, start));
    nodes.push(h('mark', markFor(indexes), text.slice(start, end)));
    at = end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

// Search terms highlighted in a short text (whole words only, so "go" does not light up "good").
export function withTerms(text, terms) {
  return highlighted(text, rangesOf(text, terms, { wholeWords: true }));
}
