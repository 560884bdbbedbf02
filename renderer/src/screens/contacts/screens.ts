/** The screens of "Kontakte", for the routes. */
export { ContactsScreen } from './ContactsScreen';
export { ContactScreen } from './ContactScreen';
export { BodiesScreen } from './BodiesScreen';
export { BodyScreen } from './BodyScreen';
export { OrganizationsScreen } from './OrganizationsScreen';
export { ContactsImportScreen } from './import/ContactsImportScreen';
