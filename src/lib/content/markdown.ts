import type { Root, RootContent, Nodes, PhrasingContent } from 'mdast';
import type { Schema } from 'hast-util-sanitize';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

/** Markdown → mdast with the syntax a module may use: GFM, YAML frontmatter, ::: directives. */
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/**
 * Only the elements Markdown itself produces, with the attributes they need. Raw HTML never
 * gets this far (remark-rehype drops it), so this is the second wall, not the first: no style,
 * no event handlers, no iframes, links only to web, mail and phone, images only from https or
 * a relative path (lazy-loaded), <aside> only with the callout classes. Footnote ids keep
 * GitHub's `user-content-` prefix so they cannot clobber the page's own ids.
 */
export const sanitizeSchema: Schema = {
	tagNames: [
		'a', 'aside', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img',
		'input', 'li', 'ol', 'p', 'pre', 'section', 'strong', 'sup', 'table', 'tbody', 'td', 'th',
		'thead', 'tr', 'ul'
	],
	attributes: {
		a: ['href', 'title', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
		img: ['src', 'alt', 'title', ['loading', 'lazy']],
		// Callouts (callouts.ts); no other class can reach the page.
		aside: [['className', 'callout', 'callout-tip', 'callout-warning']],
		code: [['className', /^language-[\w-]+$/]],
		h2: ['id', ['className', 'sr-only']],
		li: ['id', ['className', 'task-list-item']],
		ol: ['start', ['className', 'contains-task-list']],
		ul: [['className', 'contains-task-list']],
		input: [['type', 'checkbox'], ['disabled', true], 'checked'],
		section: ['dataFootnotes', ['className', 'footnotes']],
		td: ['align'],
		th: ['align']
	},
	required: { input: { type: 'checkbox', disabled: true } },
	clobber: ['id', 'ariaDescribedBy'],
	clobberPrefix: 'user-content-',
	protocols: {
		href: ['https', 'http', 'mailto', 'tel'],
		src: ['https']
	},
	ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tr: ['table'] },
	strip: ['script', 'style']
};

const htmlRenderer = unified()
	.use(remarkRehype, { allowDangerousHtml: false })
	.use(rehypeSanitize, sanitizeSchema)
	.use(rehypeStringify);

export function parseMarkdown(source: string): Root {
	return markdownParser.parse(source);
}

/** Render block content to sanitized HTML. */
export function renderBlocks(children: RootContent[]): string {
	const root: Root = { type: 'root', children: structuredClone(children) };
	return htmlRenderer.stringify(htmlRenderer.runSync(root)).trim();
}

/** Render inline content (a heading's or a list item's text) without the wrapping <p>. */
export function renderInline(children: PhrasingContent[]): string {
	const html = renderBlocks([{ type: 'paragraph', children }]);
	return html.replace(/^<p>/, '').replace(/<\/p>$/, '');
}

/** Plain text of a node, as read aloud: alt text for images, nothing for raw HTML. */
export function plainText(node: Nodes | Nodes[]): string {
	if (Array.isArray(node)) return node.map(plainText).join('');
	switch (node.type) {
		case 'text':
		case 'inlineCode':
			return node.value;
		case 'image':
			return node.alt ?? '';
		case 'break':
			return ' ';
		default:
			return 'children' in node ? plainText(node.children as Nodes[]) : '';
	}
}

/** An HTML comment: a trainer's note to themselves, dropped without a warning. */
export function isComment(node: Nodes): boolean {
	return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
}
