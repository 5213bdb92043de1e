/**
 * Storage and watching: how passages become Lucene documents, the on-disk index generations and
 * their reuse, the view one answer is computed against, and the watched briefs folder.
 *
 * <p>Internal to briefbot-index: public only so the other stages can use it; not an API.
 */
package org.briefbot.index.store;
