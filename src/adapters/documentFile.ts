import type { DocumentPlan } from "../core/render/document/model";

/** The measures document as .docx bytes: the docx writer is loaded only when a document is asked for. */
export async function documentBytes(document: DocumentPlan): Promise<Uint8Array> {
  const { writeDocument } = await import(/* webpackChunkName: "docx" */ "./docx/writeDocument");
  return writeDocument(document);
}
