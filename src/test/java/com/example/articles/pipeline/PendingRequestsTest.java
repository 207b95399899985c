package com.example.articles.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PendingRequestsTest {

	private static FingerprintVerdict verdict(String requestId) {
		return new FingerprintVerdict(requestId, 2, "a", ProbeKind.BAND, null, false);
	}

	@Test
	void theFirstArrivedArticleIsDecidedFirstEvenIfTheSecondIsCompleteEarlier() {
		PendingRequests pending = PendingRequests.NONE;
		pending = pending.arrived(PendingRequest.awaiting("r1", 2, 0).arrived(false));
		pending = pending.arrived(PendingRequest.awaiting("r2", 2, 0).arrived(false));
		pending = pending.with(pending.find("r2").with(verdict("r2")).with(verdict("r2")));

		assertThat(pending.head().requestId()).isEqualTo("r1");
		assertThat(pending.head().complete()).isFalse();

		pending = pending.with(pending.find("r1").with(verdict("r1")).with(verdict("r1")));
		assertThat(pending.head().requestId()).isEqualTo("r1");
		assertThat(pending.head().complete()).isTrue();
		pending = pending.without("r1");
		assertThat(pending.head().requestId()).isEqualTo("r2");
		assertThat(pending.head().complete()).isTrue();
	}

	@Test
	void verdictsBeforeTheArticleWaitBehindArrivedArticles() {
		PendingRequests pending = PendingRequests.NONE;
		pending = pending.with(PendingRequest.awaiting("r2", 2, 0).with(verdict("r2")));
		pending = pending.arrived(PendingRequest.awaiting("r1", 2, 0).arrived(false));
		assertThat(pending.requests()).extracting(PendingRequest::requestId).containsExactly("r1", "r2");
		assertThat(pending.head().requestId()).isEqualTo("r1");

		pending = pending.arrived(pending.find("r2").arrived(false));
		assertThat(pending.requests()).extracting(PendingRequest::requestId).containsExactly("r1", "r2");
	}

	@Test
	void aRequestDecidedAtOnceLeavesWhenItsLastVerdictArrives() {
		PendingRequests pending = PendingRequests.NONE.arrived(PendingRequest.awaiting("r1", 2, 0).arrived(true));
		assertThat(pending.head()).isNull();
		pending = pending.with(pending.find("r1").with(verdict("r1")));
		assertThat(pending.isEmpty()).isFalse();
		pending = pending.with(pending.find("r1").with(verdict("r1")));
		assertThat(pending.isEmpty()).isTrue();
	}

}
