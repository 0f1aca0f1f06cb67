// Passwords of 12+ characters that appear near the top of public breach corpora, plus the
// product's own name. Shorter ones are already refused by length. Compared lower-cased.
export const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789000', '111111111111', '000000000000',
  '123123123123', '121212121212', '112233445566', '987654321098', '098765432109', '147258369123',
  'password1234', 'password12345', 'password123456', 'passwordpassword', 'password1!password',
  'qwertyuiop12', 'qwertyuiop123', 'qwerty123456', 'qwerty1234567', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'zaq12wsxcde3', 'qazwsxedcrfv', 'asdfghjkl123', 'asdfghjkl;\'', 'zxcvbnm12345', 'abc123456789',
  'abcdefghijkl', 'abcd12345678', 'iloveyou1234', 'iloveyouiloveyou', 'letmein12345', 'welcome12345',
  'welcome123456', 'admin1234567', 'administrator', 'administrator1', 'changeme1234', 'trustno11234',
  'football1234', 'baseball1234', 'superman1234', 'princess1234', 'sunshine1234', 'starwars1234',
  'monkey123456', 'dragon123456', 'master123456', 'shadow123456', 'michael12345', 'jennifer1234',
  'computer1234', 'internet1234', 'whatever1234', 'qwertyqwerty', 'passw0rd1234', 'p@ssw0rd1234',
  'p@ssword1234', 'secret123456', 'mypassword123', 'mypassword1234', 'thisismypassword', 'correcthorsebatterystaple',
  'topicdesk123', 'topicdesk1234', 'topic-desk-password', 'demo-admin-password1',
]);
