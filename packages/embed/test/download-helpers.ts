// What the download tests share: an assertion that narrows, and the file a download button saves.

export function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

/** Clicks a download button and returns the file it saves (the element saves through an <a download> click). */
export async function download(root: ShadowRoot, label: string): Promise<{ name: string; blob: Blob }> {
  const click = HTMLAnchorElement.prototype.click;
  const saved = new Promise<{ name: string; blob: Blob }>((ok) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href).then((r) => r.blob()).then((blob) => ok({ name, blob }));
    };
  });
  try {
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    check(button, `no "${label}" button`);
    button.click();
    return await saved;
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
}
