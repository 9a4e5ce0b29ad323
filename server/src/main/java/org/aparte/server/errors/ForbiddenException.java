package org.aparte.server.errors;

/** 403: authenticated, but not allowed to act on this resource. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String code, String message) {
    super(403, code, message, null);
  }

  public static ForbiddenException notAMember() {
    return new ForbiddenException("not_a_member", "this account is not a member of the practice");
  }

  public static ForbiddenException notAnAdmin() {
    return new ForbiddenException("not_an_admin", "only an admin of the practice may do this");
  }
}
