package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovalReason;
import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.Block;
import com.example.articles.extract.ExtractedArticle;

/**
 * The article while the rules of one {@link BlockDeduplicator#dedupe} call work on it:
 * blocks stay in place and are only marked removed, so reading order is kept and the
 * removals can be listed in it. One instance per call, never shared.
 */
final class WorkingArticle {

	private final ExtractedArticle source;

	private final @Nullable RemovalReason[] removals;

	private final List<ArticleImage> images;

	private final List<RemovedBlock> imageRemovals = new ArrayList<>();

	// Computed once per block, on first use: several rules need the key, the shingles
	// and the word count, and one pass over the folded text gives all three.
	private final @Nullable FoldedText[] folded;

	private final ShingleBuilder shingleBuilder = new ShingleBuilder();

	WorkingArticle(ExtractedArticle source) {
		this.source = source;
		int size = source.blocks().size();
		this.removals = new RemovalReason[size];
		this.images = new ArrayList<>(source.images());
		this.folded = new FoldedText[size];
	}

	@Nullable String title() {
		return this.source.metadata().title();
	}

	int size() {
		return this.source.blocks().size();
	}

	Block block(int index) {
		return this.source.blocks().get(index);
	}

	String text(int index) {
		return block(index).text();
	}

	private FoldedText folded(int index) {
		FoldedText own = this.folded[index];
		if (own == null) {
			own = FoldedText.of(text(index), this.shingleBuilder);
			this.folded[index] = own;
		}
		return own;
	}

	/** The {@link TextKey} of the block. */
	String key(int index) {
		return folded(index).key();
	}

	/** The {@link String#hashCode} of {@link #key}. */
	int keyHash(int index) {
		return folded(index).keyHash();
	}

	/** The {@link WordShingles} of the block, without repeats but not sorted. */
	long[] shingles(int index) {
		return folded(index).shingles();
	}

	int wordCount(int index) {
		return folded(index).wordCount();
	}

	boolean isLive(int index) {
		return this.removals[index] == null;
	}

	/** Indices of the blocks no rule removed yet, in reading order. */
	List<Integer> live() {
		List<Integer> live = new ArrayList<>();
		for (int i = 0; i < this.removals.length; i++) {
			if (isLive(i)) {
				live.add(i);
			}
		}
		return live;
	}

	void remove(int index, RemovalReason reason) {
		if (isLive(index)) {
			this.removals[index] = reason;
		}
	}

	/** The images, changed in place by the rules. */
	List<ArticleImage> images() {
		return this.images;
	}

	/** Records text dropped from an image caption or a dropped copy of an image. */
	void removedFromImages(RemovalReason reason, String text) {
		this.imageRemovals.add(RemovedBlock.of(reason, text));
	}

	/**
	 * Index of the first image whose caption, a leading "Pictured:" aside, has the
	 * {@link TextKey} {@code key}, or -1.
	 */
	int imageWithCaptionKey(String key) {
		for (int i = 0; i < this.images.size(); i++) {
			String caption = this.images.get(i).caption();
			if (caption != null && TextKey.of(LeadingMarker.strip(caption)).equals(key)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The removals of earlier stages first, then the removed blocks in reading order,
	 * then what came out of the images.
	 */
	ExtractedArticle result() {
		List<Block> kept = new ArrayList<>();
		List<RemovedBlock> removed = new ArrayList<>(this.source.removed());
		for (int i = 0; i < this.removals.length; i++) {
			RemovalReason reason = this.removals[i];
			if (reason == null) {
				kept.add(block(i));
			}
			else {
				removed.add(RemovedBlock.of(reason, text(i)));
			}
		}
		removed.addAll(this.imageRemovals);
		return new ExtractedArticle(this.source.metadata(), kept, this.images, removed);
	}

}
