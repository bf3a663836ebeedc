// Dates of a profile's roles: "Mar 2019", and how long a role lasted ("4 yr 3 mo").
const month = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function monthYear(date) {
  return date ? month.format(new Date(`${date}T00:00:00Z`)) : '';
}

export function monthsBetween(start, end) {
  const from = new Date(`${start}T00:00:00Z`);
  const to = end ? new Date(`${end}T00:00:00Z`) : new Date();
  return Math.max(1, (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth());
}

export function duration(months) {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years ? `${years} yr` : '', rest ? `${rest} mo` : ''].filter(Boolean).join(' ') || '1 mo';
}
