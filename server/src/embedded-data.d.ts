declare module 'factlint:embedded-data' {
  const data: unknown;
  export default data;
}

declare module 'an-array-of-english-words' {
  const words: string[];
  export default words;
}
