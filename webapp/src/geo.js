// Distances and the rounding of positions the page may write (pure, tested with node --test).

/** Great-circle distance in km (the mean Earth radius, 6371 km). */
export function haversine(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * r / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A shared position: 2 decimals (about 1 km), the contract of definitions/urls.py. */
export const SHARED_DECIMALS = 2;

export function rounded(value) {
  return value.toFixed(SHARED_DECIMALS);
}

/** A number from the URL when it is finite and within [min, max], else null. */
export function bounded(text, min, max) {
  if (text == null || text === '' || !/^-?\d+(\.\d+)?$/.test(String(text).trim())) return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}
