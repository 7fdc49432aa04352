/** One labelled line of a printed receipt. */
export interface ReceiptLine {
  label: string;
  value: string;
}

/**
 * Prints a receipt on its own, without the portal around it: a hidden frame filled through the DOM
 * (text only, so nothing in it can run), printed, then removed. `container` keeps the frame inside
 * the module (and its Shadow DOM, when embedded).
 */
export function printReceipt(container: HTMLElement, title: string, lines: ReceiptLine[], lang: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;inset:auto auto 0 0';
  container.append(frame);
  const doc = frame.contentDocument;
  const view = frame.contentWindow;
  if (!doc || !view) {
    frame.remove();
    return;
  }
  doc.documentElement.lang = lang;
  const style = doc.createElement('style');
  style.textContent =
    'body{font:14px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:32px}h1{font-size:20px}dt{color:#555;margin-top:8px}dd{margin:0;font-size:16px}';
  doc.head.append(style);
  const heading = doc.createElement('h1');
  heading.textContent = title;
  const list = doc.createElement('dl');
  for (const line of lines) {
    const dt = doc.createElement('dt');
    dt.textContent = line.label;
    const dd = doc.createElement('dd');
    dd.textContent = line.value;
    list.append(dt, dd);
  }
  doc.body.append(heading, list);
  view.addEventListener('afterprint', () => frame.remove(), { once: true });
  view.focus();
  view.print();
  setTimeout(() => frame.remove(), 60_000); // browsers without afterprint
}
