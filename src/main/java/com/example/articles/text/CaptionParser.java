package com.example.articles.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.articles.blocks.GluedCaption;

/**
 * Recognises caption blocks of plain text: a leading "Pictured:", "Above:", "Photo:",
 * "Image:", "Pic:", "Picture:" (and the like, "Foto:" and "Bild:" too); a "Pictured: ..."
 * glued after a sentence; a short block with "(pictured)"; or a short block ending in a
 * credit such as "(Getty Images)", "Credit: Reuters", "Photograph: Jane Doe/AP" or "©
 * AFP". Body paragraphs can say "(pictured)" or end with "(Reuters)" too, so those two
 * only count on a short block that does not end like a sentence, or on a short block,
 * respectively.
 */
final class CaptionParser {

	private static final Pattern PREFIX = Pattern.compile(
			"^(?iu:pictured|above|below|inset|photos?|images?|pics?|pictures?|photographs?|illustration|fotos?|bild"
					+ "|写真|图片|圖片)\\s*[:：]\\s*");

	private static final Pattern PICTURED = Pattern
		.compile("\\((?iu:pictured|above|below|left|right|centre|center|inset|top|bottom)(?:[ ,][^()]{0,30})?\\)");

	private static final Pattern PAREN_CREDIT = Pattern.compile("\\s*[(\\[]([^()\\[\\]]{2,80})[)\\]]\\s*\\.?$");

	/** A capital initial: "the image: a man" inside a sentence is no credit. */
	private static final Pattern COLON_CREDIT = Pattern
		.compile("(?:^|\\s)(?:C(?iu:redits?)|P(?iu:hoto credit|icture credit|hotographs?|hotos?|ictures?|ic)"
				+ "|I(?iu:mage credit|mages?)|F(?iu:otos?))\\s*:\\s*([^:]{1,80}?)\\s*\\.?$");

	/** "Photograph: Jane Doe/AP" alone is a credit, not a caption. */
	private static final Pattern CREDIT_ONLY_PREFIX = Pattern
		.compile("^(?iu:photographs?|photos?|fotos?|credits?)\\s*:");

	private static final int MAX_CREDIT_ONLY_WORDS = 5;

	private static final Pattern COPYRIGHT = Pattern.compile("\\s*©\\s*([^©]{1,80}?)\\s*\\.?$");

	/** Words that make a bracketed tail a credit, not an aside. */
	private static final Pattern AGENCY = Pattern
		.compile("(?iu)\\b(?:getty|reuters|ap|afp|epa|pa|shutterstock|alamy|rex|bloomberg|pool|images?|photos?"
				+ "|photograph|photographer|handout|supplied|xinhua|corbis|istock|wireimage|credit|courtesy|file"
				+ "|instagram|twitter|facebook|youtube|dpa|imago|picture[- ]alliance|keystone|anp|ansa|efe|kyodo|tass"
				+ "|belga|aap)\\b");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…][\"”’')\\]]*$");

	private static final int MAX_CREDITED_WORDS = 50;

	private static final int MAX_PICTURED_WORDS = 60;

	/** Shorter repeated lines are labels and section names, not captions. */
	private static final int MIN_BARE_WORDS = 5;

	private static final int MAX_CREDIT_WORDS = 8;

	private CaptionParser() {
	}

	static Optional<ParsedCaption> parse(String text) {
		String rest = text;
		Matcher prefix = PREFIX.matcher(rest);
		boolean marked = prefix.find();
		if (marked) {
			rest = rest.substring(prefix.end());
			if (CREDIT_ONLY_PREFIX.matcher(text).find() && words(rest) <= MAX_CREDIT_ONLY_WORDS
					&& (rest.contains("/") || AGENCY.matcher(rest).find())) {
				return Optional.of(new ParsedCaption(null, rest.strip()));
			}
		}
		String credit = null;
		// Cheap character checks first: this runs on every block of every text.
		String end = rest.stripTrailing();
		Matcher tail = PAREN_CREDIT.matcher(rest);
		if ((end.endsWith(")") || end.endsWith("]") || end.endsWith(").") || end.endsWith("].")) && tail.find()
				&& AGENCY.matcher(tail.group(1)).find()) {
			credit = cleanCredit(tail.group(1));
			rest = rest.substring(0, tail.start());
		}
		else if (rest.indexOf(':') >= 0 && (tail = COLON_CREDIT.matcher(rest)).find()
				&& words(tail.group(1)) <= MAX_CREDIT_WORDS) {
			credit = tail.group(1).strip();
			rest = rest.substring(0, tail.start());
		}
		else if (rest.indexOf('©') >= 0 && (tail = COPYRIGHT.matcher(rest)).find()
				&& words(tail.group(1)) <= MAX_CREDIT_WORDS) {
			credit = tail.group(1).strip();
			rest = rest.substring(0, tail.start());
		}
		rest = rest.strip();
		boolean glued = GluedCaption.parse(rest).isPresent();
		boolean pictured = rest.indexOf('(') >= 0 && PICTURED.matcher(rest).find() && words(rest) <= MAX_PICTURED_WORDS
				&& !SENTENCE_END.matcher(rest).find();
		boolean credited = credit != null && words(rest) <= MAX_CREDITED_WORDS;
		if (!(marked || glued || pictured || credited) || (rest.isEmpty() && credit == null)) {
			return Optional.empty();
		}
		return Optional.of(new ParsedCaption(rest.isEmpty() ? null : rest, credit));
	}

	/**
	 * Whether a block without any caption sign could still be a caption when the text
	 * prints it more than once: a body paragraph is seldom printed twice, and ends like a
	 * sentence; a caption is short and does not.
	 */
	static boolean couldBeBareCaption(String text) {
		int words = words(text);
		return words >= MIN_BARE_WORDS && words <= MAX_PICTURED_WORDS && !SENTENCE_END.matcher(text).find();
	}

	/** "(Photo: Reuters)" and "(Credit: NASA)" name the credit after the label. */
	private static String cleanCredit(String credit) {
		return credit.replaceFirst("^(?iu:photo|image|picture|credit|photograph|pic)s?\\s*(?iu:credit)?\\s*:\\s*", "")
			.strip();
	}

	static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
