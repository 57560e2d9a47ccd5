// Constants the app's modules share.

/** Results shown at first, and added by each "more". */
export const PAGE = 50;
