package com.example.articles.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * One request of an article while its verdicts are outstanding: the verdicts so far,
 * whether the article arrived (it waits in its own store), whether it was decided already
 * (a repeat found at once), and since when it waits (epoch ms, processing time).
 */
record PendingRequest(String requestId, int expectedVerdicts, List<FingerprintVerdict> verdicts, boolean articleArrived,
		boolean decided, long since) {

	PendingRequest {
		verdicts = List.copyOf(verdicts);
	}

	static PendingRequest awaiting(String requestId, int expectedVerdicts, long now) {
		return new PendingRequest(requestId, expectedVerdicts, List.of(), false, false, now);
	}

	PendingRequest with(FingerprintVerdict verdict) {
		List<FingerprintVerdict> all = new ArrayList<>(this.verdicts);
		all.add(verdict);
		return new PendingRequest(this.requestId, this.expectedVerdicts, all, this.articleArrived, this.decided,
				this.since);
	}

	PendingRequest arrived(boolean decidedNow) {
		return new PendingRequest(this.requestId, this.expectedVerdicts, this.verdicts, true, decidedNow, this.since);
	}

	boolean complete() {
		return this.verdicts.size() >= this.expectedVerdicts;
	}

	/** Decided and answered: nothing left to wait for. */
	boolean done() {
		return this.decided && complete();
	}

	/** Waiting for its turn or its verdicts. */
	boolean queued() {
		return this.articleArrived && !this.decided;
	}

}
