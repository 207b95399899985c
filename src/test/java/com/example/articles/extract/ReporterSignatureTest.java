package com.example.articles.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.example.articles.contract.RemovalReason;
import com.example.articles.contract.RemovedBlock;

import static org.assertj.core.api.Assertions.assertThat;

class ReporterSignatureTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "홍길동 기자 hong@example.co.kr|홍길동", "홍길동 칼럼니스트 hong@example.co.kr|홍길동",
			"칼럼니스트 홍길동 hong@example.com|홍길동", "김철수 특파원|김철수", "홍길동기자|홍길동" })
	void signatures(String line, String name) {
		assertThat(ReporterSignature.signature(line)).isEqualTo(name);
	}

	@ParameterizedTest
	@CsvSource({ "시의회는 화요일 밤 계획을 승인했다고 기자들에게 말했다.", "[사진=연합뉴스]", "저작권자 무단전재 및 재배포금지" })
	void otherLinesAreNoSignature(String line) {
		assertThat(ReporterSignature.signature(line)).isNull();
	}

	@org.junit.jupiter.api.Test
	void fromTheLeadTheLastLinesOrTheRemovedSignature() {
		assertThat(ReporterSignature.find(List.of(Block.paragraph("(서울=뉴스1) 홍길동 기자 = 시의회는 계획을 승인했다.")), List.of()))
			.isEqualTo("홍길동");
		assertThat(ReporterSignature.find(List.of(Block.paragraph("시의회는 계획을 승인했다."), Block.paragraph("김철수 기자")),
				List.of()))
			.isEqualTo("김철수");
		assertThat(ReporterSignature.find(
				List.of(Block.paragraph("시의회는 계획을 승인했다. 김철수 기자 kim@example.co.kr 저작권자 ⓒ 뉴스, 무단전재 및 재배포금지")), List.of()))
			.isEqualTo("김철수");
		assertThat(ReporterSignature.find(List.of(Block.paragraph("시의회는 계획을 승인했다.")),
				List.of(RemovedBlock.of(RemovalReason.BOILERPLATE, "칼럼니스트 박영희 park@example.com"))))
			.isEqualTo("박영희");
	}

}
