package com.example.articles.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.example.articles.blocks.BoilerplateText;
import com.example.articles.blocks.GluedCaption;
import com.example.articles.blocks.NearCopyIndex;
import com.example.articles.blocks.TextKey;
import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovalReason;
import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.ArticleMetadata;
import com.example.articles.extract.Block;
import com.example.articles.extract.ExtractedArticle;

/**
 * Finds the article in a plain-text payload whose blocks are separated by blank lines:
 * the title, the body paragraphs, the bylines' authors, and the caption blocks as images
 * without src (blocks with a caption sign, see {@link CaptionParser}, and short bare
 * lines printed more than once). Drops boilerplate lines and blocks
 * ({@code boilerplate}), the title printed again right after it ({@code repeated-title}),
 * and caption blocks: the first copy of a caption as {@code caption}, further copies, and
 * captions whose glued lead is a pull quote of a body paragraph, as
 * {@code duplicate-caption}. Removals are listed in reading order. Other repeats are left
 * to the block deduplicator. Thread-safe: stateless.
 */
public final class PlainTextArticleExtractor {

	public ExtractedArticle extract(String text) {
		List<Piece> pieces = new ArrayList<>();
		List<Removal> removals = new ArrayList<>();
		List<String> authors = new ArrayList<>();
		List<List<String>> blocks = TextBlocks.split(text);
		for (int position = 0; position < blocks.size(); position++) {
			List<String> kept = new ArrayList<>();
			List<String> lines = blocks.get(position);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				// Only a block's first line can be a byline: a wrapped line
				// "by Reuters and AFP" inside a paragraph is not one.
				Optional<List<String>> byline = (i == 0) ? Byline.authors(line) : Optional.empty();
				if (byline.isPresent()) {
					authors.addAll(byline.get());
				}
				if (byline.isPresent() || BoilerplateText.isBoilerplate(line)) {
					removals.add(new Removal(position, RemovalReason.BOILERPLATE, line));
				}
				else {
					kept.add(line);
				}
			}
			if (!kept.isEmpty()) {
				String joined = String.join(" ", kept);
				pieces.add(new Piece(position, joined, CaptionParser.parse(joined).orElse(null)));
			}
		}
		String title = findTitle(pieces, removals);
		markRepeatedBareCaptions(pieces, title);
		List<Piece> body = new ArrayList<>();
		for (Piece piece : pieces) {
			if (piece.caption() == null) {
				body.add(piece);
			}
		}
		List<ArticleImage> images = imagesOf(pieces, body, title, removals);
		removals.sort(Comparator.comparingInt(Removal::position));
		List<Block> bodyBlocks = new ArrayList<>(body.size());
		for (Piece piece : body) {
			bodyBlocks.add(Block.paragraph(piece.text()));
		}
		List<RemovedBlock> removed = new ArrayList<>(removals.size());
		for (Removal removal : removals) {
			removed.add(RemovedBlock.of(removal.reason(), removal.text()));
		}
		ArticleMetadata metadata = new ArticleMetadata(title, authors.stream().distinct().toList(), null, null, null,
				null, null, null);
		return new ExtractedArticle(metadata, bodyBlocks, images, removed);
	}

	/**
	 * Takes the title out of {@code pieces}, with its copies right after it, and returns
	 * it; null when the text opens with no headline.
	 */
	private static @Nullable String findTitle(List<Piece> pieces, List<Removal> removals) {
		if (pieces.isEmpty() || pieces.get(0).caption() != null) {
			return null;
		}
		if (!TitleDetector.isTitle(pieces.stream().map(Piece::text).toList())) {
			return null;
		}
		String title = pieces.remove(0).text();
		String key = TextKey.of(title);
		while (!pieces.isEmpty() && TextKey.of(pieces.get(0).text()).equals(key)) {
			Piece copy = pieces.remove(0);
			removals.add(new Removal(copy.position(), RemovalReason.REPEATED_TITLE, copy.text()));
		}
		return title;
	}

	/**
	 * A short block that does not end like a sentence and is printed more than once is a
	 * caption even without "Pictured:" or a credit: pages print captions two or three
	 * times (image alt, caption, share overlay), paragraphs once.
	 */
	private static void markRepeatedBareCaptions(List<Piece> pieces, @Nullable String title) {
		Map<String, Integer> bareCopies = new HashMap<>();
		Set<String> sentences = new HashSet<>();
		for (Piece piece : pieces) {
			if (piece.caption() == null) {
				String key = TextKey.of(piece.text());
				if (CaptionParser.couldBeBareCaption(piece.text())) {
					bareCopies.merge(key, 1, Integer::sum);
				}
				else {
					sentences.add(key);
				}
			}
		}
		// A copy that ends like a sentence makes them all body: a paragraph printed
		// twice.
		String titleKey = (title != null) ? TextKey.of(title) : "";
		for (int i = 0; i < pieces.size(); i++) {
			Piece piece = pieces.get(i);
			String key = TextKey.of(piece.text());
			if (piece.caption() == null && bareCopies.getOrDefault(key, 0) > 1 && !sentences.contains(key)
					&& !key.equals(titleKey)) {
				pieces.set(i, new Piece(piece.position(), piece.text(), new ParsedCaption(piece.text(), null)));
			}
		}
	}

	/**
	 * One image per distinct caption, in reading order. A glued lead ("... Pictured:
	 * ...") that is a near-copy of a body paragraph or of the title is a pull quote: the
	 * image keeps only the description. Otherwise the whole block is the caption.
	 */
	private static List<ArticleImage> imagesOf(List<Piece> pieces, List<Piece> body, @Nullable String title,
			List<Removal> removals) {
		// The headline can be the quoted text too.
		List<String> quotable = new ArrayList<>(body.size() + 1);
		body.forEach((piece) -> quotable.add(piece.text()));
		if (title != null) {
			quotable.add(title);
		}
		NearCopyIndex index = NearCopyIndex.of(quotable);
		List<ArticleImage> images = new ArrayList<>();
		Map<String, Integer> byCaption = new HashMap<>();
		for (Piece piece : pieces) {
			ParsedCaption parsed = piece.caption();
			if (parsed == null) {
				continue;
			}
			String caption = parsed.caption();
			boolean pullQuote = false;
			if (caption != null) {
				Optional<GluedCaption> glued = GluedCaption.parse(caption);
				if (glued.isPresent()
						&& index.bestContaining(glued.get().lead(), NearCopyIndex.NEAR_COPY, (i) -> true) >= 0) {
					caption = glued.get().description();
					pullQuote = true;
				}
			}
			if (caption == null) {
				// A credit line on its own belongs to the image before it.
				attachCredit(images, parsed.credit());
				removals.add(new Removal(piece.position(), RemovalReason.CAPTION, piece.text()));
				continue;
			}
			Integer seen = byCaption.putIfAbsent(TextKey.of(caption), images.size());
			if (seen == null) {
				images.add(new ArticleImage(null, null, caption, parsed.credit()));
			}
			else if (images.get(seen).credit() == null && parsed.credit() != null) {
				images.set(seen, new ArticleImage(null, null, images.get(seen).caption(), parsed.credit()));
			}
			RemovalReason reason = (seen != null || pullQuote) ? RemovalReason.DUPLICATE_CAPTION
					: RemovalReason.CAPTION;
			removals.add(new Removal(piece.position(), reason, piece.text()));
		}
		return images;
	}

	private static void attachCredit(List<ArticleImage> images, @Nullable String credit) {
		int last = images.size() - 1;
		if (last >= 0 && images.get(last).credit() == null) {
			ArticleImage image = images.get(last);
			images.set(last, new ArticleImage(image.src(), image.alt(), image.caption(), credit));
		}
		else {
			images.add(new ArticleImage(null, null, null, credit));
		}
	}

	/** A block of the text and, when it is one, the caption it holds. */
	private record Piece(int position, String text, @Nullable ParsedCaption caption) {

	}

	private record Removal(int position, RemovalReason reason, String text) {

	}

}
