/**
 * Ranking and answerability: candidates from BM25 and from meaning, the learned scoring of passages
 * and sentences, and the decision whether the library answers the question at all.
 *
 * <p>Internal to briefbot-index: public only so the other stages can use it; not an API.
 */
package org.briefbot.index.ranking;
