package com.example.articles.extract;

import java.util.regex.Pattern;

/**
 * Single lines that are page furniture wherever they appear: "Advertisement", "Read
 * more", "Share this article", "Story continues below"; in the languages we ingest.
 */
final class BoilerplateLines {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** The whole (short) line is furniture. */
	private static final Pattern WHOLE = Pattern.compile("^\\W*(?:advertisements?|advertisment|advertising|anzeigen?"
			+ "|werbung|reklama|publicité|publicidad|pubblicità|sponsored(?: content)?|paid content|read more|read next"
			+ "|read also|read the full (?:story|article)|continue reading.{0,80}|keep reading|weiterlesen|mehr lesen"
			+ "|mehr anzeigen|lire la suite|lire plus|czytaj (?:dalej|więcej|też|także)|share(?: this)?(?: article| story"
			+ "| post| page)?(?: on \\w+)?|share on \\w+|teilen|partager|udostępnij|tweet|e-?mail|print|drucken"
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
			+ "|copyright .{0,80}|© .{0,80}|\\(c\\) .{0,80})\\W*$", FLAGS);

	/** A line that starts like a cross-link ("Read more: ...", "RELATED: ..."). */
	private static final Pattern CROSS_LINK = Pattern.compile("^\\W*(?:read more|read also|also read|read next|related"
			+ "|see also|more|watch|listen|click here|mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant"
			+ "|czytaj (?:też|także|również|więcej)|zobacz (?:też|także)|lire aussi|à lire aussi|voir aussi|recommended"
			+ "|don't miss|must read|trending|opinion)\\s*[:|»>–—-]", FLAGS);

	private BoilerplateLines() {
	}

	static boolean isFurniture(String text, double linkDensity) {
		if (text.length() <= 120 && WHOLE.matcher(text).matches()) {
			return true;
		}
		if (text.length() <= 250 && CROSS_LINK.matcher(text).find() && linkDensity > 0.3) {
			return true;
		}
		return false;
	}

}
