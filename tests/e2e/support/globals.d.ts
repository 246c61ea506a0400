// Code passed to page.evaluate() runs inside extension pages, where `chrome` exists.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<any>; id: string };
  tabs: any;
  storage: any;
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
};
