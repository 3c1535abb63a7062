declare module 'factlint:embedded-data' {
  const data: unknown;
  export default data;
}
