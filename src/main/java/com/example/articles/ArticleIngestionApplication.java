package com.example.articles;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.example.articles.cli.BatchNormalizeCommand;

/**
 * The service: {@code java -jar article-ingestion.jar} runs the Kafka pipeline;
 * {@code java -jar article-ingestion.jar normalize ...} runs the batch normalizer without
 * starting Spring or touching Kafka.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ArticleIngestionApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("normalize")) {
			System.exit(BatchNormalizeCommand.main(Arrays.asList(args).subList(1, args.length), System.in, System.out,
					System.err));
		}
		SpringApplication.run(ArticleIngestionApplication.class, args);
	}

}
