package com.example.articles.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Single lines that are page furniture wherever they appear: "Advertisement", "Read
 * more", "Share this article", "Story continues below"; in the languages we ingest.
 */
final class BoilerplateLines {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** The whole (short) line is furniture. */
	private static final Pattern WHOLE = Pattern
		.compile("^\\W*(?:advertisements?|advert|advertisment|advertising|anzeigen?"
				+ "|werbung|reklama|publicité|publicidad|pubblicità|sponsored(?: content)?|paid content|read more|read next"
				+ "|read also|read the full (?:story|article)|continue reading.{0,80}|keep reading|weiterlesen|mehr lesen"
				+ "|mehr anzeigen|lire la suite|lire plus|czytaj (?:dalej|więcej|też|także)|share(?: this)?(?: article| story"
				+ "| post| page)?(?: on \\w+)?|share on \\w+|(?:jetzt )?teilen|partager|udostępnij|tweet|e-?mail|print|drucken"
				+ "|comments?|\\d+ comments?|kommentare?|commentaires?|komentarze?|story continues below(?: advertisement)?"
				+ "|article continues below(?: advertisement)?|continue reading below|scroll to continue.{0,40}"
				+ "|related(?: articles| stories| posts| content| coverage)?|recommended(?: for you)?|you may also like"
				+ "|you might also like|more from .{0,40}|more on this(?: story| topic)?|click here.{0,80}"
				+ "|subscribe.{0,80}|sign up.{0,80}|follow us.{0,60}|jetzt abonnieren.{0,60}|newsletter.{0,60}"
				+ "|back to top|nach oben|top of page|skip to (?:main )?content|zum inhalt springen|image|photo|foto|video"
				+ "|watch|listen|play|loading.{0,5}|please wait.{0,20}|getty images|view (?:gallery|comments|image)"
				+ "|open in (?:app|browser)|download (?:the )?app.{0,40}|ad|anzeige|werbung|mehr zum thema|lesen sie auch"
				+ "|auch interessant|das könnte sie auch interessieren|lire aussi|à lire aussi|voir aussi|zobacz też"
				+ "|zobacz także|czytaj również|see also|also read|further reading|more stories|top stories|trending"
				+ "|most read|most popular|tags?|topics?|themen|schlagwörter|mots-clés|tagi|filed under.{0,80}"
				+ "|posted in.{0,80}|(?:this|the) article (?:is|was) (?:more than|over) .{0,40} old|all rights reserved.*"
				+ "|copyright .{0,80}|© .{0,80}|\\(c\\) .{0,80}|das könnte (?:dich|sie) auch interessieren"
				+ "|notas relacionadas|te puede interesar|weitere informationen|kontakt|autor(?:en|in)?|authors?"
				+ "|originalartikel|titelbild:.{0,80}|(?:foto|photo|bild|quelle|source)s?:.{0,60}"
				+ "|\\d+ min(?:ute)?s? (?:read|lesezeit|czytania|de lecture)|(?:lesezeit|reading time|temps de lecture):? .{0,20}"
				+ "|(?:veröffentlicht|aktualisiert|published|updated|posted|pubblicato|publié|publicado|opublikowano)"
				+ "(?: (?:am|on|le|el|il|by|von))? .{0,60}|verfasst von.{0,60}|posted by.{0,60}|by [^.]{0,40}"
				+ "|von [^.]{0,40})\\W*$", FLAGS);

	/** A line that starts like a cross-link ("Read more: ...", "RELATED: ..."). */
	private static final Pattern CROSS_LINK = Pattern.compile("^\\W*(?:read more|read also|also read|read next|related"
			+ "|see also|more|watch|listen|click here|mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant"
			+ "|czytaj (?:też|także|również|więcej)|zobacz (?:też|także)|lire aussi|à lire aussi|voir aussi|recommended"
			+ "|don't miss|must read|trending|opinion)\\s*[:|»>–—-]", FLAGS);

	/**
	 * Calls to action and notices that close articles: newsletter, donations, copyright.
	 */
	private static final StemMatcher CALL_TO_ACTION = new StemMatcher(Stream
		.of("newsletter", "subscribe", "subscription", "sign up", "signing up", "abonn", "anmelden", "registrier",
				"follow us", "folge uns", "folgen sie uns", "share this", "teilen sie", "artikel teilen", "unterstütze",
				"support us", "support our", "donate", "spende", "whatsapp", "telegram", "copyright", "©",
				"all rights reserved", "alle rechte", "impressum", "datenschutz", "privacy policy", "cookie",
				"permalink", "verschlagwortet", "filed under", "posted in", "this post contains",
				"this article contains", "affiliate", "werbung", "anzeige", "sponsored", "publicidad", "suscrib",
				"suscríb", "únete", "abonnez", "inscrivez", "zapisz się", "subskryb", "obserwuj", "log in", "sign in",
				"einloggen", "read more", "weiterlesen", "mehr zum thema", "das könnte dich", "das könnte sie",
				"you may also like", "related", "relacionad", "à lire aussi", "lire aussi", "czytaj też", "zobacz też",
				// post meta lines and opinion disclaimers under the last paragraph
				"und abgelegt unter", "uhr veröffentlicht", "eintrag wurde", "this entry was posted", "letzte änderung",
				"zuletzt aktualisiert", "zuletzt geändert", "last updated", "last modified", "meinung des autors",
				"meinung der autorin", "meinung der redaktion", "nicht notwendigerweise", "n'engagent que",
				"opinions expressed", "necessarily reflect", "google play", "app store",
				// appeals to readers
				"ihre wertschätzung", "if you enjoyed", "enjoyed this", "enjoyed reading", "consider supporting",
				"support our work", "cancela cuando", "vorteile sichern", "straight to your phone", "download the",
				"gefällt dir unser", "gefällt ihnen unser", "artikel gefallen", "beitrag gefallen", "paywall",
				"bezahlschranke", "zapraszamy", "subskrypc", "leave a comment", "hinterlasse einfach",
				"hinterlasse einen kommentar", "lesen sie hier", "read more here",
				// licence, citation and press-contact lines under the text
				"cc-by", "cc by-", "creative commons", "suggested citation", "zitiervorschlag", "e-mail:", "telefon:")
		.collect(Collectors.toMap(stem -> stem, stem -> 1)));

	/**
	 * A heading that opens what follows an article: related posts, the comment form, the
	 * author box. Nothing after it inside the content root is the article.
	 */
	private static final Pattern SECTION_END = Pattern.compile("^\\W*(?:related(?: posts| articles| stories)?"
			+ "|similar (?:posts|articles)|more (?:posts|articles|stories)(?: from .{0,40})?|you (?:may|might) also like"
			+ "|read next|recommended(?: for you| articles| stories)?|about the author|leave a (?:reply|comment)"
			+ "|comments|\\d+ comments?|(?:\\d+ )?(?:responses?|replies)|no comments(?: yet)?|post a comment|add a comment"
			+ "|(?:ähnliche|verwandte|weitere|mehr) (?:beiträge|artikel|themen|news|nachrichten|kolumnen)(?: (?:zum|aus|von|der|des|im) .{0,40})?"
			+ "|lesen sie auch(?: die(?:se)? (?:folgenden )?(?:beiträge|artikel))?|(?:der )?nächste (?:beitrag|artikel)"
			+ "|(?:next|previous) (?:post|article|story)"
			+ "|das könnte (?:dich|sie) auch interessieren|schon gelesen|über (?:den autor|die autorin)|zum autor"
			+ "|zur autorin|schreibe(?:n sie)? einen kommentar|kommentar (?:schreiben|verfassen)|kommentieren"
			+ "|kommentare|\\d+ kommentare?|keine kommentare|teilen sie dies mit|diesen (?:beitrag|artikel) teilen"
			+ "|articles? (?:similaires|connexes)|sur le même sujet|à lire aussi|lire aussi|commentaires|\\d+ commentaires?"
			+ "|laisser un commentaire|(?:le|te) puede interesar|notas relacionadas|artículos relacionados"
			+ "|(?:\\d+ )?comentarios|podobne (?:artykuły|wpisy)|komentarze|\\d+ komentarz(?:e|y)?|dodaj komentarz"
			+ "|zobacz (?:też|także)|czytaj (?:też|także)"
			+ "|vous aimerez (?:aussi|également)|à découvrir (?:aussi|également)|dans la même rubrique|les plus lus"
			+ "|(?:neueste|aktuelle|letzte) (?:artikel|beiträge|kommentare|nachrichten)|top themen(?: der redaktion)?"
			+ "|meistgelesen(?:e (?:artikel|beiträge))?|entdecke weitere .{0,30}|recent posts|latest (?:posts|news|articles)"
			+ "|popular posts|most (?:read|popular)|más noticias|lo más leído|también te puede interesar|te recomendamos"
			+ "|polecamy|przeczytaj (?:też|także|również)|najczęściej czytane)\\W*$", FLAGS);

	/** Disclosures and notices printed above an article's first paragraph. */
	private static final StemMatcher LEADING_NOTICE = new StemMatcher(Stream
		.of("this post contains", "this article contains", "this page contains", "affiliate", "enthält werbung",
				"unbezahlte werbung", "werbung |", "*werbung", "werbung:", "may receive compensation",
				"may earn a commission", "earn a commission", "independent review process", "advertisers do not",
				"provisionslink", "partnerlink", "we use cookies", "wir verwenden cookies", "korzystamy z cookies",
				"nous utilisons des cookies")
		.collect(Collectors.toMap(stem -> stem, stem -> 1)));

	/**
	 * A writer's sign-off under a post ("Eure Franzi", "xx Anna", "Liebe Grüße", "Cheers,
	 * Tom") or greeting above it ("Liebe Leserinnen,", "Dear friends,"): short, no
	 * sentence, but the author's own words.
	 */
	private static final Pattern SIGN_OFF = Pattern.compile("^(?:x+o*x*|euer|eure|liebe grüße|lg|viele grüße"
			+ "|herzliche grüße|beste grüße|schöne grüße|bis bald|bis zum nächsten mal|cheers|love|yours|regards"
			+ "|best wishes|warm regards|bisous|bises|à bientôt|amitiés|cordialement|pozdrawiam|pozdrowienia"
			+ "|saludos|un abrazo)\\b[^.!?]{0,40}$", FLAGS);

	private static final Pattern GREETING = Pattern
		.compile("^(?:liebe|lieber|liebes|hallo|hi|hey|dear|cher|chère|chers|chères|bonjour|drodzy|drogi|droga|queridos"
				+ "|queridas|querido|querida)\\b[^.!?]{0,40},$", FLAGS);

	private BoilerplateLines() {
	}

	/**
	 * Whether a short line heads the section after the article (related posts, comments).
	 */
	static boolean isSectionEnd(String text) {
		return text.length() <= 60 && SECTION_END.matcher(text).matches();
	}

	/**
	 * Whether a block at the very end of the body is furniture rather than the article's
	 * last words: a short line that is no sentence, or a call to action. Once the body
	 * was cut at a heading that opens the after-article section, short lines before that
	 * heading are the article's own (labels, captions, a sign-off) and only calls to
	 * action go.
	 */
	static boolean isTrailingFurniture(String text, boolean listItem, boolean sectionCut) {
		if (!sectionCut && !listItem && text.length() < 80 && !endsSentence(text)
				&& !(text.length() <= 50 && SIGN_OFF.matcher(text).matches())) {
			return true;
		}
		return text.length() < 400 && CALL_TO_ACTION.flags(text.toLowerCase(Locale.ROOT)) != 0;
	}

	/**
	 * A kicker, dateline or label before the article's first sentence, or an
	 * advertising/affiliate disclosure or cookie notice printed above it.
	 */
	static boolean isLeadingFurniture(Block block) {
		String text = block.text();
		if (block.kind() == BlockKind.PARAGRAPH && text.length() < 50 && !endsSentence(text)
				&& !GREETING.matcher(text).matches()) {
			return true;
		}
		return text.length() < 400 && LEADING_NOTICE.flags(text.toLowerCase(Locale.ROOT)) != 0;
	}

	private static boolean endsSentence(String text) {
		char last = text.charAt(text.length() - 1);
		if (Character.isLowSurrogate(last) || last == '\uFE0F') {
			// an emoji closes a sentence in posts written like messages
			return true;
		}
		return ".!?…\"”“»«)’'。！？」』؟".indexOf(last) >= 0;
	}

	static boolean isFurniture(String text, double linkDensity) {
		if (text.length() <= 120 && WHOLE.matcher(text).matches()) {
			return true;
		}
		if (linkDensity > 0.3 && text.length() <= 250 && CROSS_LINK.matcher(text).find()) {
			return true;
		}
		return false;
	}

}
