package org.aparte.protocol.support;

import java.util.List;

/** A ticket's access requests, oldest first. */
public record AccessRequestList(List<AccessRequestView> requests) {}
