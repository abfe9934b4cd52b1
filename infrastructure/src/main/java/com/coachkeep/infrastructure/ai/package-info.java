/**
 * The optional language-model provider (P-AI-1): an OpenAI-compatible chat-completions API that drafts exercise
 * descriptions. Configured by {@code coachkeep.ai.*}; without configuration nothing is ever sent.
 */
package com.coachkeep.infrastructure.ai;
