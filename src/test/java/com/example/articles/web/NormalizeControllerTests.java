package com.example.articles.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.example.articles.normalize.ArticleNormalizer;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NormalizeController.class)
class NormalizeControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void normalizesARawEvent() throws Exception {
		this.mvc
			.perform(post("/api/v1/normalize").contentType(MediaType.APPLICATION_JSON)
				.content("{\"eventId\":\"w1\",\"url\":\"https://example.com/a?utm_source=x\","
						+ "\"text\":\"A headline\\n\\nThe first paragraph of the story.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eventId").value("w1"))
			.andExpect(jsonPath("$.canonicalUrl").value("https://example.com/a"))
			.andExpect(jsonPath("$.title").value("A headline"))
			.andExpect(jsonPath("$.paragraphs", hasItem("The first paragraph of the story.")));
	}

	@Test
	void answersARejectedEventWithAProblemNamingTheReason() throws Exception {
		this.mvc
			.perform(post("/api/v1/normalize").contentType(MediaType.APPLICATION_JSON)
				.content("{\"eventId\":\"w2\",\"url\":\"ftp://example.com/a\",\"text\":\"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("contract-violation"))
			.andExpect(jsonPath("$.eventId").value("w2"))
			.andExpect(jsonPath("$.detail")
				.value("url: must be an absolute http or https URL, not 'ftp://example.com/a'"));
	}

	@Test
	void answersMalformedJsonWithAProblem() throws Exception {
		this.mvc.perform(post("/api/v1/normalize").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("malformed-json"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Normalizer {

		@Bean
		ArticleNormalizer articleNormalizer() {
			return new ArticleNormalizer();
		}

	}

}
