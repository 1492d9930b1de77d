/** Text for XML element content or a quoted attribute value. */

/** Code points XML 1.0 cannot carry even escaped: C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes markup characters; a character XML cannot hold becomes U+FFFD, so the place it was stays visible. */
export const escapeXml = (text: string) =>
  text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

/** `<name>text</name>`, escaped. */
export const xmlElement = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
