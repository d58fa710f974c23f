import type { HeadingLevel } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { xmlSafe } from '../../../shared/text/xml-safe';

export const ACCENT = '14375E';
export const MUTED = '52606D';
export const HEADER_FILL = 'EEF2F6';

/** "#1e7b45" as DOCX wants colours, "1E7B45". */
export const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** Plain shading in one colour, for paragraphs, cells and runs. */
export const solid = (fill: string) => ({ type: ShadingType.CLEAR, fill, color: 'auto' });

/** Word's proofing language per report language. */
const LANGUAGE_TAGS: Record<string, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ar: 'ar-SA',
  ru: 'ru-RU',
  zh: 'zh-CN',
  vi: 'vi-VN',
};

export type Block = Paragraph | Table;

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

export interface ParagraphStyle {
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
  bold?: boolean;
  size?: number;
  color?: string;
  italics?: boolean;
  pageBreakBefore?: boolean;
  spacingAfter?: number;
  bullet?: boolean;
  /** Defaults to true for headings, so that a heading never ends a page. */
  keepNext?: boolean;
  shading?: string;
}

export interface CellStyle {
  fill?: string;
  color?: string;
  bold?: boolean;
  size?: number;
  /** In percent of the table. */
  width?: number;
}

/** Builds DOCX pieces in the report's direction: every paragraph, run and table knows if it is RTL. */
export class DocxWriter {
  constructor(readonly rtl: boolean) {}

  /** Runs of text; text with line breaks becomes several lines. */
  runs(text: string, options: RunStyle = {}): TextRun[] {
    const clean = xmlSafe(text);
    return clean.split(/\r?\n/).map(
      (line, i) =>
        new TextRun({
          ...options,
          text: line,
          break: i > 0 ? 1 : undefined,
          rightToLeft: this.rtl,
        }),
    );
  }

  p(content: string | ParagraphChild[], options: ParagraphStyle = {}): Paragraph {
    const children =
      typeof content === 'string'
        ? this.runs(content, {
            bold: options.bold,
            boldComplexScript: options.bold,
            size: options.size,
            color: options.color,
            italics: options.italics,
          })
        : content;
    return new Paragraph({
      children,
      heading: options.heading,
      bidirectional: this.rtl,
      pageBreakBefore: options.pageBreakBefore,
      keepNext: options.keepNext ?? Boolean(options.heading),
      spacing: options.spacingAfter !== undefined ? { after: options.spacingAfter } : undefined,
      numbering: options.bullet ? { reference: 'bullets', level: 0 } : undefined,
      shading: options.shading ? solid(options.shading) : undefined,
    });
  }

  cell(content: string | Paragraph[], options: CellStyle = {}): TableCell {
    const children =
      typeof content === 'string'
        ? [
            this.p(content, {
              bold: options.bold,
              color: options.color,
              size: options.size ?? 17,
              spacingAfter: 0,
            }),
          ]
        : content;
    return new TableCell({
      children,
      shading: options.fill ? solid(options.fill) : undefined,
      width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  }

  /** A shaded header cell. */
  headerCell(text: string, width?: number): TableCell {
    return this.cell(text, { fill: HEADER_FILL, bold: true, size: 16, width });
  }

  /**
   * A full-width table with horizontal rules only, whose header row repeats on every page and
   * whose rows never split across pages. `columnWidths` are in twips.
   */
  table(
    header: TableCell[],
    rows: TableCell[][],
    layout: { fixed: boolean; columnWidths?: number[] },
  ): Table {
    const rule = { style: BorderStyle.SINGLE, size: 4, color: 'D5DBE1' };
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: layout.columnWidths,
      layout: layout.fixed ? TableLayoutType.FIXED : TableLayoutType.AUTOFIT,
      visuallyRightToLeft: this.rtl,
      borders: {
        top: rule,
        bottom: rule,
        left: none,
        right: none,
        insideHorizontal: rule,
        insideVertical: none,
      },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header }),
        ...rows.map((cells) => new TableRow({ cantSplit: true, children: cells })),
      ],
    });
  }
}

/** The page footer: `lead` (what the document is), a gap, then "Page n of m" from `pageLabel`. */
function pageFooter(w: DocxWriter, lead: string, pageLabel: string): Footer {
  const style = { size: 15, color: MUTED };
  const children: ParagraphChild[] = [...w.runs(`${lead}    `, style)];
  for (const piece of pageLabel.split(/(\{page\}|\{pages\})/)) {
    if (piece === '{page}')
      children.push(new TextRun({ children: [PageNumber.CURRENT], ...style }));
    else if (piece === '{pages}')
      children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES], ...style }));
    else if (piece) children.push(...w.runs(piece, style));
  }
  return new Footer({
    children: [new Paragraph({ children, bidirectional: w.rtl, alignment: AlignmentType.END })],
  });
}

export interface DocxDocument {
  title: string;
  description: string;
  lang: string;
  /** The start of the page footer, before the page number. */
  footer: string;
  /** "Page {page} of {pages}" in the report language. */
  pageLabel: string;
  body: Block[];
}

/**
 * Packs a report body as an A4 Word document in the Noto fonts (Latin, Chinese and Arabic
 * scripts each get theirs), with the reports' heading styles and bullet list.
 */
export function packDocx(w: DocxWriter, doc: DocxDocument): Promise<Buffer> {
  const font = {
    ascii: 'Noto Sans',
    hAnsi: 'Noto Sans',
    eastAsia: 'Noto Sans SC',
    cs: 'Noto Sans Arabic',
  };
  const language = {
    value: LANGUAGE_TAGS[doc.lang] ?? 'en-GB',
    eastAsia: 'zh-CN',
    bidirectional: 'ar-SA',
  };
  const heading = (size: number) => ({
    run: { font, size, bold: true, boldComplexScript: true, color: ACCENT, rightToLeft: w.rtl },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  const document = new Document({
    title: xmlSafe(doc.title),
    creator: 'Convention Workbench',
    description: xmlSafe(doc.description),
    styles: {
      default: {
        document: {
          run: { font, size: 19, language, rightToLeft: w.rtl },
          paragraph: { spacing: { after: 100, line: 276 } },
        },
        title: {
          run: { font, size: 52, bold: true, boldComplexScript: true, color: ACCENT },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: heading(34),
        heading2: heading(26),
        heading3: heading(21),
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { start: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1020, bottom: 1134, left: 907, right: 907 },
          },
        },
        footers: { default: pageFooter(w, doc.footer, doc.pageLabel) },
        children: doc.body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
