package com.example.articles.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The dedupe's bookkeeping of one request while verdicts are outstanding: the verdicts so
 * far, whether the article arrived (it waits in its own store), whether it was already
 * decided (a repeat is decided at once).
 */
record PendingRequest(int expectedVerdicts, List<FingerprintVerdict> verdicts, boolean articleArrived,
		boolean decided) {

	PendingRequest {
		verdicts = List.copyOf(verdicts);
	}

	static PendingRequest awaiting(int expectedVerdicts) {
		return new PendingRequest(expectedVerdicts, List.of(), false, false);
	}

	PendingRequest with(FingerprintVerdict verdict) {
		List<FingerprintVerdict> all = new ArrayList<>(this.verdicts);
		all.add(verdict);
		return new PendingRequest(this.expectedVerdicts, all, this.articleArrived, this.decided);
	}

	PendingRequest withArticle() {
		return new PendingRequest(this.expectedVerdicts, this.verdicts, true, this.decided);
	}

	PendingRequest asDecided() {
		return new PendingRequest(this.expectedVerdicts, this.verdicts, this.articleArrived, true);
	}

	boolean complete() {
		return this.verdicts.size() >= this.expectedVerdicts;
	}

}
