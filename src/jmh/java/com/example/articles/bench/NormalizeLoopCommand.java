package com.example.articles.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.example.articles.contract.EventRejectedException;
import com.example.articles.normalize.ArticleNormalizer;

/**
 * {@code NormalizeLoopCommand [CORPUS_DIR] [ROUNDS]}: normalizes every page of the
 * corpus, round after round, and nothing else, so that a sampling profiler attached to it
 * (JFR: {@code java -XX:StartFlightRecording=filename=n.jfr,settings=profile -cp
 * target/benchmarks.jar com.example.articles.bench.NormalizeLoopCommand}) sees only the
 * normalizer. Prints the mean wall time per page, a sanity check rather than a figure.
 */
public final class NormalizeLoopCommand {

	private static volatile long sink;

	private NormalizeLoopCommand() {
	}

	public static void main(String[] args) {
		Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/scrapinghub-dev");
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 150;
		List<CorpusPage> pages = CorpusPage.load(corpus);
		ArticleNormalizer normalizer = new ArticleNormalizer();
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			for (CorpusPage page : pages) {
				try {
					sink += normalizer.normalize(page.event()).html().length();
				}
				catch (EventRejectedException ex) {
					sink++;
				}
			}
		}
		double msPerPage = (System.nanoTime() - start) / 1e6 / rounds / pages.size();
		System.out.printf(Locale.ROOT, "%d pages x %d rounds, %.3f ms per page (wall, warm-up included)%n",
				pages.size(), rounds, msPerPage);
	}

}
