// What the links below tell each other through an operation's context.
declare module '@apollo/client' {
  interface DefaultContext {
    /** Send without the access token and never refresh: login, register, the refresh itself. */
    anonymous?: boolean;
    /** The access token the auth link attached (null: none), for the refresh decision. */
    sentAccessToken?: string | null;
  }
}

export {};
