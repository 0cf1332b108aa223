import bodyAssetPath from 'virtual:body-asset';

let request: Promise<ArrayBuffer> | null = null;

/**
 * The model asset's bytes, requested once per app session. XMLHttpRequest rather than fetch: the
 * packaged app loads its pages from file://, which Electron's fetch refuses and XHR reads. The
 * address is relative to the page, so it is the same origin wherever the app is served from.
 * Imports nothing from three.js, so the app can start the download before the 3D code arrives.
 */
export function requestBodyAsset(): Promise<ArrayBuffer> {
  request ??= new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', new URL(bodyAssetPath, document.baseURI).href);
    xhr.responseType = 'arraybuffer';
    // file:// answers with status 0; http with 200.
    xhr.onload = () =>
      xhr.status === 200 || xhr.status === 0
        ? resolve(xhr.response as ArrayBuffer)
        : reject(new Error(`The body model asset answered ${xhr.status}`));
    xhr.onerror = () => reject(new Error('The body model asset could not be read'));
    xhr.send();
  });
  return request;
}
