// The <read-aloud> element (./ReadAloud.astro), part of every page's script: it shows its "Listen"
// button only where the browser can speak, and loads the reader (./reader.ts) on the first press,
// so that a page nobody listens to does not carry it.
class ReadAloud extends HTMLElement {
  connectedCallback() {
    if (!('speechSynthesis' in window)) return;
    this.hidden = false;
    const start = async (event: Event) => {
      if (!(event.target as Element).closest('[data-play]')) return;
      this.removeEventListener('click', start);
      const { Reader } = await import('./reader.ts');
      void new Reader(this).play();
    };
    this.addEventListener('click', start);
  }
}

customElements.define('read-aloud', ReadAloud);
