package com.example.articles.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.example.articles.normalize.ArticleNormalizer;
import com.example.articles.normalize.NormalizerSettings;

/** The one normalizer of the service, shared by the pipeline and the HTTP endpoint. */
@Configuration(proxyBeanMethods = false)
class NormalizerConfiguration {

	@Bean
	ArticleNormalizer articleNormalizer(ArticlesProperties properties) {
		NormalizerSettings settings = new NormalizerSettings(properties.limits().maxEventSize().toBytes(),
				properties.extraction().siteProfiles());
		return new ArticleNormalizer(settings, Clock.systemUTC());
	}

}
