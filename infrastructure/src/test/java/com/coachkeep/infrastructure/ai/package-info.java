/** Tests of the language-model adapter against an HTTP stub of an OpenAI-compatible API. */
package com.coachkeep.infrastructure.ai;
