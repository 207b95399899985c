package com.example.articles.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SiteProfilesTest {

	private static final String PAGE = "<html><body><div class=\"story\"><p>"
			+ "The real article paragraph that the profile points at, long enough to matter. ".repeat(2)
			+ "</p><p class=\"house-promo\">A house promotion written like a sentence, which the generic rules cannot "
			+ "tell from the article text around it.</p></div><div class=\"elsewhere\"><p>"
			+ "A much longer block of unrelated text that the generic finder would prefer on length alone. ".repeat(6)
			+ "</p></div></body></html>";

	@Test
	void theShippedDefaultHasNoProfiles() {
		assertThat(SiteProfiles.load(null).size()).isZero();
	}

	@Test
	void loadsAFileAndMatchesSubdomains(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("profiles.json");
		Files.writeString(file, "{\"profiles\":[{\"domains\":[\"news.example\"],\"drop\":[\".house-promo\"],"
				+ "\"body\":[\"div.story\"]}]}");
		SiteProfiles profiles = SiteProfiles.load(file);
		assertThat(profiles.forUrl("https://www.news.example/a").body()).containsExactly("div.story");
		assertThat(profiles.forUrl("https://news.example/a").drop()).containsExactly(".house-promo");
		assertThat(profiles.forUrl("https://othernews.example/a")).isSameAs(SiteProfile.NONE);
	}

	@Test
	void aProfileDropsElementsAndNamesTheBody() {
		SiteProfiles profiles = new SiteProfiles(
				List.of(new SiteProfile(List.of("news.example"), List.of(".house-promo"), List.of("div.story"))));
		List<String> texts = new HtmlArticleExtractor(profiles).extract(PAGE, "https://news.example/a")
			.blocks()
			.stream()
			.map(Block::text)
			.toList();
		assertThat(texts).hasSize(1).first().asString().startsWith("The real article paragraph");
	}

	@Test
	void withoutAProfileTheGenericPathDecides() {
		List<String> texts = new HtmlArticleExtractor(SiteProfiles.empty()).extract(PAGE, "https://news.example/a")
			.blocks()
			.stream()
			.map(Block::text)
			.toList();
		assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("A much longer block"));
	}

	@Test
	void badFilesFailAtLoadTime() {
		assertThatIllegalArgumentException().isThrownBy(() -> SiteProfiles.parse("{", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> SiteProfiles.parse("{\"profiles\":{}}", "x"));
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> SiteProfiles.parse("{\"profiles\":[{\"domains\":[\"a.example\"],\"drop\":[\"div[\"]}]}", "x"))
			.withMessageContaining("div[");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SiteProfiles.parse("{\"profiles\":[{\"drop\":[\"div\"]}]}", "x"));
	}

}
