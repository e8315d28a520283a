/** Rules for accounts that the API enforces and the web app explains. */
export const PASSWORD_MIN_LENGTH = 8;
/** Lower-case letters, digits, dot, dash and underscore; 3–64 characters. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
