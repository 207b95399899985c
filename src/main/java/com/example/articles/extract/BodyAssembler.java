package com.example.articles.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovalReason;
import com.example.articles.contract.RemovedBlock;

/**
 * Turns the units inside the content root into body blocks, images with their captions
 * once, and the list of what it dropped: chrome inside the article, captions moved out of
 * the body, repeated captions. One instance per extraction.
 */
final class BodyAssembler {

	/** Enough removed entries to explain a page, not a dump of it. */
	private static final int MAX_REMOVED = 30;

	private static final int MAX_REMOVED_CHARS = 200;

	/**
	 * Article text needed before a "Related posts" / "Comments" heading ends the body: a
	 * heading near the top is navigation, not the end of the article.
	 */
	private static final int MIN_CHARS_BEFORE_SECTION_END = 300;

	private final List<Element> roots;

	private final Map<Element, Boolean> marks;

	private final @Nullable ElementStats stats;

	private final String titleKey;

	private final List<Block> blocks = new ArrayList<>();

	private final List<ImageDraft> images = new ArrayList<>();

	private final List<RemovedBlock> removed = new ArrayList<>();

	private final Set<String> captionKeys = new HashSet<>();

	/** The length of the longest of {@link #captionKeys}. */
	private int longestCaptionKey;

	private final Set<String> sources = new HashSet<>();

	/**
	 * Blocks that are cells of a table: short by nature, so not trimmed as short lines at
	 * the end of the body.
	 */
	private final Set<Block> tableCells = Collections.newSetFromMap(new IdentityHashMap<>());

	private @Nullable ImageDraft lastImage;

	/**
	 * Whether a body block came after the last image (a caption no longer belongs to it).
	 */
	private boolean textSinceImage;

	private @Nullable Unit pendingCaption;

	private int recordedBoilerplate;

	/** Blocks before the first heading that opens the after-article section, or -1. */
	private int sectionEnd = -1;

	/** Body characters before {@link #sectionEnd}. */
	private int charsBeforeSectionEnd;

	private int bodyChars;

	/**
	 * {@code stats}: the counts of the page, which make collecting skipped text cheaper.
	 */
	BodyAssembler(List<Element> roots, Map<Element, Boolean> marks, @Nullable String title,
			@Nullable ElementStats stats) {
		this.roots = roots;
		this.marks = marks;
		this.titleKey = Texts.key(title);
		this.stats = stats;
	}

	Result assemble(List<Unit> units) {
		for (Unit unit : units) {
			if (!inRoot(unit.anchor())) {
				continue;
			}
			switch (unit.type()) {
				case SKIPPED -> skipped(unit);
				case IMAGE -> image(unit.anchor());
				case CAPTION -> caption(unit.text(), unit.credit());
				case CREDIT -> credit(unit.text());
				case TEXT -> text(unit);
			}
		}
		trimTail();
		Set<String> sharedAlts = altsOnSeveralImages(this.images);
		List<ArticleImage> result = new ArrayList<>(this.images.size());
		for (ImageDraft draft : this.images) {
			result.add(draft.toImage(draft.alt == null || !sharedAlts.contains(draft.altKey())));
		}
		return new Result(this.blocks, result, this.removed);
	}

	/**
	 * Alt texts that stand on two or more uncaptioned images: a label the page puts on
	 * every picture (the post title, a campaign's hashtags), not what one figure shows,
	 * so it is no caption.
	 */
	private static Set<String> altsOnSeveralImages(List<ImageDraft> images) {
		Set<String> seen = new HashSet<>();
		Set<String> shared = new HashSet<>();
		for (ImageDraft draft : images) {
			if (draft.caption == null && draft.alt != null) {
				String key = draft.altKey();
				if (!key.isEmpty() && !seen.add(key)) {
					shared.add(key);
				}
			}
		}
		return shared;
	}

	/** Drops the furniture that trails the article's last paragraph inside the root. */
	private void trimTail() {
		boolean sectionCut = this.sectionEnd >= 0 && this.charsBeforeSectionEnd >= MIN_CHARS_BEFORE_SECTION_END;
		if (sectionCut) {
			for (int i = this.sectionEnd; i < this.blocks.size(); i++) {
				if (this.recordedBoilerplate++ < MAX_REMOVED) {
					this.removed.add(RemovedBlock.of(RemovalReason.BOILERPLATE,
							Texts.truncate(this.blocks.get(i).text(), MAX_REMOVED_CHARS)));
				}
			}
			this.blocks.subList(this.sectionEnd, this.blocks.size()).clear();
		}
		int end = this.blocks.size();
		while (end > 1 && BoilerplateLines.isTrailingFurniture(this.blocks.get(end - 1).text(),
				this.blocks.get(end - 1).kind() == BlockKind.LIST_ITEM
						|| this.tableCells.contains(this.blocks.get(end - 1)),
				sectionCut)) {
			end--;
		}
		for (int i = end; i < this.blocks.size(); i++) {
			if (this.recordedBoilerplate++ < MAX_REMOVED) {
				this.removed.add(RemovedBlock.of(RemovalReason.BOILERPLATE,
						Texts.truncate(this.blocks.get(i).text(), MAX_REMOVED_CHARS)));
			}
		}
		this.blocks.subList(end, this.blocks.size()).clear();
		int start = 0;
		while (start < this.blocks.size() - 1 && BoilerplateLines.isLeadingFurniture(this.blocks.get(start))) {
			start++;
		}
		for (int i = 0; i < start; i++) {
			if (this.recordedBoilerplate++ < MAX_REMOVED) {
				this.removed.add(RemovedBlock.of(RemovalReason.BOILERPLATE, this.blocks.get(i).text()));
			}
		}
		this.blocks.subList(0, start).clear();
	}

	private boolean inRoot(Element element) {
		for (Element root : this.roots) {
			if (root == element) {
				return true;
			}
		}
		for (Element e = element.parent(); e != null; e = e.parent()) {
			for (Element root : this.roots) {
				if (root == e) {
					return true;
				}
			}
		}
		return false;
	}

	private void skipped(Unit unit) {
		if (!unit.recorded()) {
			return;
		}
		String text = TextCollector.collect(unit.anchor(), Map.of(), this.stats).text();
		String key = Texts.key(text);
		if (key.isEmpty()) {
			return;
		}
		if (this.captionKeys.contains(key) || repeatsLastAlt(key)) {
			// a share or "pin it" overlay printing the caption again
			this.removed.add(RemovedBlock.of(RemovalReason.DUPLICATE_CAPTION, text));
			return;
		}
		if (key.length() < 3 || this.recordedBoilerplate >= MAX_REMOVED) {
			return;
		}
		this.recordedBoilerplate++;
		this.removed.add(RemovedBlock.of(RemovalReason.BOILERPLATE, Texts.truncate(text, MAX_REMOVED_CHARS)));
	}

	private void image(Element img) {
		String src = ImageSources.source(img);
		if (src == null || !ImageSources.isContent(img, src) || !this.sources.add(src)) {
			return;
		}
		ImageDraft draft = new ImageDraft(src, Texts.blankToNull(img.attr("alt")));
		this.images.add(draft);
		this.lastImage = draft;
		this.textSinceImage = false;
		Unit pending = this.pendingCaption;
		if (pending != null) {
			this.pendingCaption = null;
			draft.caption = pending.text();
			draft.credit = pending.credit();
		}
	}

	private void caption(String rawText, @Nullable String rawCredit) {
		String text = rawText;
		String credit = rawCredit;
		if (credit == null) {
			Captions.Split split = Captions.split(text);
			text = split.caption();
			credit = split.credit();
		}
		String key = Texts.key(text);
		ImageDraft target = this.lastImage != null && !this.textSinceImage ? this.lastImage : null;
		if (key.isEmpty()) {
			if (credit != null && target != null && target.credit == null) {
				target.credit = credit;
			}
			return;
		}
		if (this.captionKeys.contains(key)) {
			this.removed.add(RemovedBlock.of(RemovalReason.DUPLICATE_CAPTION, text));
			if (target != null && target.credit == null) {
				target.credit = credit;
			}
			return;
		}
		addCaptionKey(key);
		this.removed.add(RemovedBlock.of(RemovalReason.CAPTION, text));
		if (target != null && target.caption == null) {
			target.caption = text;
			if (target.credit == null) {
				target.credit = credit;
			}
		}
		else {
			this.pendingCaption = Unit.caption(this.roots.get(0), text, credit);
		}
	}

	private void credit(String text) {
		ImageDraft target = this.lastImage;
		if (target != null && target.credit == null && !this.textSinceImage) {
			target.credit = Captions.cleanCredit(text);
		}
	}

	private void text(Unit unit) {
		ElementStats counts = this.stats;
		// text the page's counts found nothing from U+0300 up in is composed already
		String text = counts != null && !counts.mayHoldFromU0300(unit.anchor()) ? unit.text() : composed(unit.text());
		ImageDraft image = this.lastImage;
		// the comparison key is only needed near captions and for headings
		if (unit.kind() == BlockKind.HEADING || !this.captionKeys.isEmpty() || image != null) {
			int keyLength = Texts.keyLength(text);
			if (keyLength == 0) {
				return;
			}
			// the key is only built when it may equal the title's, a caption's or the
			// alt text's: a paragraph is mostly longer than all of them
			if (mayEqualKnownKey(keyLength, unit.kind(), image) && isKnownText(text, Texts.key(text), unit, image)) {
				return;
			}
		}
		if (unit.kind() == BlockKind.PARAGRAPH && Captions.isCaptionLine(text)) {
			// a caption printed as a plain paragraph, known by its label or credit
			caption(text, null);
			return;
		}
		if (this.sectionEnd < 0 && unit.kind() != BlockKind.LIST_ITEM && BoilerplateLines.isSectionEnd(text)
				&& this.bodyChars >= MIN_CHARS_BEFORE_SECTION_END) {
			this.sectionEnd = this.blocks.size();
			this.charsBeforeSectionEnd = this.bodyChars;
		}
		if (BoilerplateLines.isFurniture(text, unit.linkDensity())
				|| (unit.linkDensity() > 0.8 && text.length() < 120 && !this.blocks.isEmpty())) {
			if (this.recordedBoilerplate < MAX_REMOVED) {
				this.recordedBoilerplate++;
				this.removed.add(RemovedBlock.of(RemovalReason.BOILERPLATE, Texts.truncate(text, MAX_REMOVED_CHARS)));
			}
			return;
		}
		Block block = new Block(unit.kind() != null ? unit.kind() : BlockKind.PARAGRAPH, text, unit.html());
		this.blocks.add(block);
		if (unit.anchor().nameIs("td") || unit.anchor().nameIs("th")) {
			this.tableCells.add(block);
		}
		this.bodyChars += text.length();
		this.textSinceImage = true;
		this.pendingCaption = null;
	}

	/**
	 * Drops a text whose key is the title's (a heading) or a caption's, or takes it for
	 * the caption of the image above it; whether it did.
	 */
	private boolean isKnownText(String text, String key, Unit unit, @Nullable ImageDraft image) {
		if (unit.kind() == BlockKind.HEADING && key.equals(this.titleKey)) {
			// the headline belongs to the metadata, not the body
			return true;
		}
		if (this.captionKeys.contains(key) || (isLastAlt(key) && image != null && image.caption != null)) {
			this.removed.add(RemovedBlock.of(RemovalReason.DUPLICATE_CAPTION, text));
			return true;
		}
		if (image != null && !this.textSinceImage && image.caption == null && image.alt != null
				&& key.equals(image.altKey()) && unit.kind() == BlockKind.PARAGRAPH) {
			// a caption printed as a plain paragraph right under its image
			image.caption = text;
			addCaptionKey(key);
			this.removed.add(RemovedBlock.of(RemovalReason.CAPTION, text));
			return true;
		}
		return false;
	}

	private void addCaptionKey(String key) {
		this.captionKeys.add(key);
		this.longestCaptionKey = Math.max(this.longestCaptionKey, key.length());
	}

	/**
	 * Whether a key of this length may equal the title's (for a heading), one of the
	 * caption keys or the alt text's key of the last image.
	 */
	private boolean mayEqualKnownKey(int keyLength, @Nullable BlockKind kind, @Nullable ImageDraft image) {
		if (kind == BlockKind.HEADING && keyLength == this.titleKey.length()) {
			return true;
		}
		if (keyLength <= this.longestCaptionKey) {
			return true;
		}
		return image != null && image.alt != null && keyLength == image.altKey().length();
	}

	/**
	 * The text in Unicode normalization form C: pages write "é" as e plus a combining
	 * accent, or a Bengali nukta letter decomposed, and the same words must compare equal
	 * downstream. Text without any character from U+0300 up is already composed.
	 */
	static String composed(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '\u0300') {
				return Normalizer.normalize(text, Normalizer.Form.NFC);
			}
		}
		return text;
	}

	private boolean isLastAlt(String key) {
		ImageDraft image = this.lastImage;
		return image != null && image.alt != null && key.length() > 20 && key.equals(image.altKey());
	}

	private boolean repeatsLastAlt(String key) {
		ImageDraft image = this.lastImage;
		if (image == null || image.alt == null || this.textSinceImage) {
			return false;
		}
		String altKey = image.altKey();
		return altKey.length() > 20 && key.contains(altKey) && key.length() < altKey.length() + 30;
	}

	record Result(List<Block> blocks, List<ArticleImage> images, List<RemovedBlock> removed) {
	}

	private static final class ImageDraft {

		private final String src;

		private final @Nullable String alt;

		private @Nullable String caption;

		private @Nullable String credit;

		/**
		 * The {@link Texts#key} of the alt text, computed once: every block after the
		 * image compares its key with it.
		 */
		private @Nullable String altKey;

		ImageDraft(String src, @Nullable String alt) {
			this.src = src;
			this.alt = alt;
		}

		String altKey() {
			String key = this.altKey;
			if (key == null) {
				key = Texts.key(this.alt);
				this.altKey = key;
			}
			return key;
		}

		/** The image; without a caption of its own, its alt text stands in if allowed. */
		ArticleImage toImage(boolean altAsCaption) {
			String finalCaption = this.caption;
			String finalCredit = this.credit;
			if (finalCaption == null && this.alt != null && altAsCaption) {
				Captions.Split split = Captions.split(this.alt);
				finalCaption = split.caption().isEmpty() ? null : split.caption();
				if (finalCredit == null) {
					finalCredit = split.credit();
				}
			}
			return new ArticleImage(this.src, this.alt, finalCaption, finalCredit);
		}

	}

}
