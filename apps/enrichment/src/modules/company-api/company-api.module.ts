import { Module } from '@nestjs/common';
import { CompanyApiProvider } from './company-api.provider';

@Module({ providers: [CompanyApiProvider], exports: [CompanyApiProvider] })
export class CompanyApiModule {}
