/** The model asset's address relative to the page, from the build (`scripts/body-asset-plugin.ts`). */
declare module 'virtual:body-asset' {
  const path: string;
  export default path;
}
