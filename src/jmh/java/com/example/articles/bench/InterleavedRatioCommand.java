package com.example.articles.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jsoup.Jsoup;

import com.example.articles.contract.EventRejectedException;
import com.example.articles.extract.HtmlArticleExtractor;
import com.example.articles.normalize.ArticleNormalizer;

/**
 * {@code InterleavedRatioCommand [CORPUS_DIR] [ROUNDS]}: the cost of each extractor
 * relative to Jsoup's parse, measured so that the load of other processes cancels out.
 * JMH runs one benchmark after the other, so on a shared machine each row sees a
 * different load and their ratio drifts. Here every round passes once over all pages with
 * each extractor in turn (rotating the order), and the ratio to Jsoup's parse is taken
 * within the round, where the load is about the same; the median over the rounds is
 * reported, with the quartiles. A check of the JMH suite's ratios, not a replacement for
 * its absolute figures.
 */
public final class InterleavedRatioCommand {

	private static final int WARMUP_ROUNDS = 15;

	private static volatile int sink;

	private InterleavedRatioCommand() {
	}

	public static void main(String[] args) {
		Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/scrapinghub-dev");
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		List<CorpusPage> pages = CorpusPage.load(corpus);
		ArticleNormalizer normalizer = new ArticleNormalizer();
		HtmlArticleExtractor extractor = new HtmlArticleExtractor();
		List<Contender> contenders = List.of(
				new Contender("jsoupParse", (page) -> Jsoup.parse(page.html(), page.url())),
				new Contender("ourExtract", (page) -> extractor.extract(page.html(), page.url())),
				new Contender("ourNormalize", (page) -> normalize(normalizer, page)),
				new Contender("readability4j", (page) -> PeerExtractor.READABILITY4J.text(page.html(), page.url())),
				new Contender("boilerpipe", (page) -> PeerExtractor.BOILERPIPE.text(page.html(), page.url())));
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int n = contenders.size();
		double[][] wall = new double[n][rounds];
		double[][] cpu = new double[n][rounds];
		for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
			for (int k = 0; k < n; k++) {
				int c = Math.floorMod(k + round, n);
				long cpuStart = threads.getCurrentThreadCpuTime();
				long wallStart = System.nanoTime();
				int hash = 0;
				for (CorpusPage page : pages) {
					hash += System.identityHashCode(contenders.get(c).work().apply(page));
				}
				long wallNanos = System.nanoTime() - wallStart;
				long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
				sink += hash;
				if (round >= 0) {
					wall[c][round] = wallNanos / 1e6 / pages.size();
					cpu[c][round] = cpuNanos / 1e6 / pages.size();
				}
			}
		}
		System.out.printf(Locale.ROOT, "%d pages, %d rounds after %d warm-up rounds; medians [quartiles]%n",
				pages.size(), rounds, WARMUP_ROUNDS);
		System.out.printf(Locale.ROOT, "%-14s %-28s %-28s %-22s %-22s%n", "extractor", "wall ms/page", "CPU ms/page",
				"x jsoupParse (wall)", "x jsoupParse (CPU)");
		for (int c = 0; c < n; c++) {
			System.out.printf(Locale.ROOT, "%-14s %-28s %-28s %-22s %-22s%n", contenders.get(c).name(),
					quartiles(wall[c], 3), quartiles(cpu[c], 3), quartiles(ratios(wall[c], wall[0]), 2),
					quartiles(ratios(cpu[c], cpu[0]), 2));
		}
	}

	private static Object normalize(ArticleNormalizer normalizer, CorpusPage page) {
		try {
			return normalizer.normalize(page.event());
		}
		catch (EventRejectedException ex) {
			return ex;
		}
	}

	private static double[] ratios(double[] values, double[] floor) {
		double[] ratios = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			ratios[i] = values[i] / floor[i];
		}
		return ratios;
	}

	private static String quartiles(double[] values, int decimals) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		String format = "%." + decimals + "f";
		return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", at(sorted, 0.5),
				at(sorted, 0.25), at(sorted, 0.75));
	}

	private static double at(double[] sorted, double quantile) {
		return sorted[(int) Math.round(quantile * (sorted.length - 1))];
	}

	private record Contender(String name, Function<CorpusPage, Object> work) {
	}

}
