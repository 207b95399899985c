package com.example.articles.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The open requests of one article, in the order their articles arrived (requests whose
 * article has not arrived yet come last). Scrapes of one article are decided in arrival
 * order, whatever order their verdicts come back in, so that an older scrape never
 * becomes a later revision.
 */
record PendingRequests(List<PendingRequest> requests) {

	static final PendingRequests NONE = new PendingRequests(List.of());

	PendingRequests {
		requests = List.copyOf(requests);
	}

	@Nullable PendingRequest find(String requestId) {
		for (PendingRequest request : this.requests) {
			if (request.requestId().equals(requestId)) {
				return request;
			}
		}
		return null;
	}

	boolean hasQueued() {
		return this.requests.stream().anyMatch(PendingRequest::queued);
	}

	/** The request whose turn it is, if any. */
	@Nullable PendingRequest head() {
		for (PendingRequest request : this.requests) {
			if (request.queued()) {
				return request;
			}
		}
		return null;
	}

	/** Replaces (or adds, at the end) a request, dropping it when it is done. */
	PendingRequests with(PendingRequest request) {
		List<PendingRequest> all = new ArrayList<>(this.requests);
		int index = indexOf(request.requestId());
		if (request.done()) {
			if (index >= 0) {
				all.remove(index);
			}
		}
		else if (index >= 0) {
			all.set(index, request);
		}
		else {
			all.add(request);
		}
		return new PendingRequests(all);
	}

	/**
	 * Marks the request's article as arrived and moves it behind the articles that
	 * arrived before it.
	 */
	PendingRequests arrived(PendingRequest request) {
		List<PendingRequest> all = new ArrayList<>(this.requests);
		int index = indexOf(request.requestId());
		if (index >= 0) {
			all.remove(index);
		}
		if (!request.done()) {
			int position = 0;
			while (position < all.size() && all.get(position).articleArrived()) {
				position++;
			}
			all.add(position, request);
		}
		return new PendingRequests(all);
	}

	PendingRequests without(String requestId) {
		List<PendingRequest> all = new ArrayList<>(this.requests);
		int index = indexOf(requestId);
		if (index >= 0) {
			all.remove(index);
		}
		return new PendingRequests(all);
	}

	/**
	 * The requests waiting since before {@code cutoff}, which are not its head: they can
	 * only be leftovers (a verdict-only request whose article was dead-lettered, a
	 * decided request that lost a verdict).
	 */
	PendingRequests withoutStaleLeftovers(long cutoff) {
		PendingRequest head = head();
		List<PendingRequest> kept = new ArrayList<>();
		for (PendingRequest request : this.requests) {
			if (request == head || request.since() >= cutoff || request.queued()) {
				kept.add(request);
			}
		}
		return new PendingRequests(kept);
	}

	boolean isEmpty() {
		return this.requests.isEmpty();
	}

	private int indexOf(String requestId) {
		for (int i = 0; i < this.requests.size(); i++) {
			if (this.requests.get(i).requestId().equals(requestId)) {
				return i;
			}
		}
		return -1;
	}

}
