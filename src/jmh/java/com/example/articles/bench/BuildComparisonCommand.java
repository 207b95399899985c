package com.example.articles.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code BuildComparisonCommand BEFORE.jar AFTER.jar [CORPUS_DIR] [ROUNDS]}: how much a
 * change saves, measured so that the load of other processes cancels out. Both builds
 * (two {@code benchmarks.jar}, each in its own class loader) run in one JVM, on one
 * thread, and every page goes through Jsoup's parse, the extraction and the whole
 * normalization of both builds in a rotating order before the next page; CPU time is
 * summed per round. Prints medians [quartiles] over the rounds of each step's CPU time,
 * its ratio to the parse of the same build, and the after/before ratios of extraction and
 * normalization. The interleaving per page (not per pass over the corpus) keeps both
 * builds in the same conditions, so the after/before ratio holds within a few percent on
 * a loaded machine; the ratios to the parse come out lower than those of
 * {@link InterleavedRatioCommand}, whose passes keep one step's data in the caches.
 */
public final class BuildComparisonCommand {

	private static final int WARMUP_ROUNDS = 15;

	private static final String[] STEPS = { "parse", "extract", "normalize" };

	private static volatile int sink;

	private BuildComparisonCommand() {
	}

	public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
		if (args.length < 2) {
			System.err.println("usage: BuildComparisonCommand BEFORE.jar AFTER.jar [CORPUS_DIR] [ROUNDS]");
			System.exit(2);
		}
		Path corpus = Path.of(args.length > 2 ? args[2] : "../shared/corpus/scrapinghub-dev");
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
		List<CorpusPage> pages = CorpusPage.load(corpus);
		List<Build> builds = List.of(new Build("before", Path.of(args[0]), pages),
				new Build("after", Path.of(args[1]), pages));
		int steps = builds.size() * STEPS.length;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[][] cpu = new double[steps][rounds];
		for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
			long[] nanos = new long[steps];
			for (int p = 0; p < pages.size(); p++) {
				for (int k = 0; k < steps; k++) {
					int step = Math.floorMod(k + round + p, steps);
					long start = threads.getCurrentThreadCpuTime();
					Object result = builds.get(step / STEPS.length).run(step % STEPS.length, p);
					nanos[step] += threads.getCurrentThreadCpuTime() - start;
					sink += System.identityHashCode(result);
				}
			}
			if (round >= 0) {
				for (int step = 0; step < steps; step++) {
					cpu[step][round] = nanos[step] / 1e6 / pages.size();
				}
			}
		}
		System.out.printf(Locale.ROOT, "%d pages, %d rounds after %d warm-up rounds; medians [quartiles]%n",
				pages.size(), rounds, WARMUP_ROUNDS);
		for (int step = 0; step < steps; step++) {
			int parse = step - step % STEPS.length;
			System.out.printf(Locale.ROOT, "%-17s CPU ms/page %s   x parse %s%n",
					builds.get(step / STEPS.length).name() + " " + STEPS[step % STEPS.length], quartiles(cpu[step]),
					quartiles(ratios(cpu[step], cpu[parse])));
		}
		System.out.printf(Locale.ROOT, "after/before extract   %s%n", quartiles(ratios(cpu[STEPS.length + 1], cpu[1])));
		System.out.printf(Locale.ROOT, "after/before normalize %s%n", quartiles(ratios(cpu[STEPS.length + 2], cpu[2])));
	}

	private static double[] ratios(double[] values, double[] floor) {
		double[] ratios = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			ratios[i] = values[i] / floor[i];
		}
		return ratios;
	}

	private static String quartiles(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%.3f [%.3f-%.3f]", at(sorted, 0.5), at(sorted, 0.25), at(sorted, 0.75));
	}

	private static double at(double[] sorted, double quantile) {
		return sorted[(int) Math.round(quantile * (sorted.length - 1))];
	}

	/**
	 * One build, loaded apart from this class's own: its parse, extractor and normalizer,
	 * called by reflection (a few hundred nanoseconds against a millisecond per page).
	 */
	private static final class Build {

		private final String name;

		private final Method parse;

		private final Object extractor;

		private final Method extract;

		private final Object normalizer;

		private final Method normalize;

		private final Class<?> rejection;

		private final List<CorpusPage> pages;

		private final List<Object> events = new ArrayList<>();

		Build(String name, Path jar, List<CorpusPage> pages)
				throws ReflectiveOperationException, MalformedURLException {
			this.name = name;
			this.pages = pages;
			// the platform loader as parent: Jsoup and the project come from the jar only
			ClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
					ClassLoader.getPlatformClassLoader());
			this.parse = loader.loadClass("org.jsoup.Jsoup").getMethod("parse", String.class, String.class);
			Class<?> extractorClass = loader.loadClass("com.example.articles.extract.HtmlArticleExtractor");
			this.extractor = extractorClass.getConstructor().newInstance();
			this.extract = extractorClass.getMethod("extract", String.class, String.class);
			Class<?> normalizerClass = loader.loadClass("com.example.articles.normalize.ArticleNormalizer");
			this.normalizer = normalizerClass.getConstructor().newInstance();
			Class<?> eventClass = loader.loadClass("com.example.articles.contract.RawArticleEvent");
			this.normalize = normalizerClass.getMethod("normalize", eventClass);
			this.rejection = loader.loadClass("com.example.articles.contract.EventRejectedException");
			Constructor<?> event = eventClass.getConstructor(String.class, String.class, String.class, String.class,
					String.class, java.time.Instant.class, String.class, String.class);
			for (CorpusPage page : pages) {
				this.events
					.add(event.newInstance(page.id(), page.url(), page.html(), null, null, null, "text/html", null));
			}
		}

		String name() {
			return this.name;
		}

		Object run(int step, int page) {
			CorpusPage corpusPage = this.pages.get(page);
			try {
				return switch (step) {
					case 0 -> this.parse.invoke(null, corpusPage.html(), corpusPage.url());
					case 1 -> this.extract.invoke(this.extractor, corpusPage.html(), corpusPage.url());
					default -> this.normalize.invoke(this.normalizer, this.events.get(page));
				};
			}
			catch (InvocationTargetException ex) {
				if (this.rejection.isInstance(ex.getCause())) {
					// a rejected page is a result too
					return ex.getCause();
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
